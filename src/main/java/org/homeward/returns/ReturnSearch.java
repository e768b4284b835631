package org.homeward.returns;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Filters of the case list, each optional: status; destination (a P-code at any level: cases bound there or
 * below); crossing point (planned or crossed); {@code from}/{@code to} bound the date the current status took effect
 * (for ARRIVED, the arrival date); household.
 */
public record ReturnSearch(
        ReturnStatus status, String destination, String crossing, LocalDate from, LocalDate to, UUID householdId) {}
