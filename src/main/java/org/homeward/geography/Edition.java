package org.homeward.geography;

import java.time.Instant;

/**
 * A gazetteer edition, such as {@code syria-2015}. P-codes changed between editions, so every area belongs to
 * exactly one; an edition never changes once loaded. One edition is current (configuration
 * {@code homeward.geography.current-edition}).
 */
public record Edition(String code, String title, String source, int areaCount, boolean current, Instant loadedAt) {}
