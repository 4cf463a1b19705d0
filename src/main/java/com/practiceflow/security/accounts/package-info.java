/**
 * Logins: a wrong password slows the next attempt from the same address with a growing delay, a flood of them
 * from many addresses slows the account for a minute, nothing locks an account for good; every lock is a security
 * event the managers can list. Which users a group may list: its own members.
 */
package com.practiceflow.security.accounts;
