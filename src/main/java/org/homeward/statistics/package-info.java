/**
 * Statistics: the figures ledger (figures published outside Homeward, with source and qualifier), their
 * reconciliation with each other and with what Homeward's records count, and disclosure control for public
 * figures. Other modules use {@link org.homeward.statistics.FigureLedger}, {@link
 * org.homeward.statistics.FigureReconciliation} and {@link org.homeward.statistics.DisclosureControl}; the
 * records-computed side plugs in through {@link org.homeward.statistics.RegistryFigures} and {@link
 * org.homeward.statistics.ReturnCounts}.
 */
package org.homeward.statistics;
