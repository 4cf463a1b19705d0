/** How PracticeFlow's own API answers errors: one JSON shape with a message per field. */
package com.practiceflow.web;
