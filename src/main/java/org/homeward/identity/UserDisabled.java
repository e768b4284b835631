package org.homeward.identity;

/** A user was disabled: no more sign-ins, their sessions ended and their tokens refused. */
public record UserDisabled(long userId) {}
