/**
 * What a process model may make the server do: the expression rules the deployment guard checks every model
 * against, and their run-time counterpart (a contained expression manager, no scripts, no Java classes), so a model
 * that reached the engine some other way is held to the same rules.
 */
package com.practiceflow.security.models;
