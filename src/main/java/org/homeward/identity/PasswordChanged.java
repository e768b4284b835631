package org.homeward.identity;

/** A user's password was set or changed (the event never carries the password). */
public record PasswordChanged(long userId) {}
