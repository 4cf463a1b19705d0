/**
 * The practice console: server-rendered pages for every role (dashboard, find a case, case pages, registers and
 * worklists, the 835 upload), reading the practice's records and the engine with the logged-in user's rights.
 */
package com.practiceflow.console;
