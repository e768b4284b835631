/**
 * The voluntary return workflow: a household's return case from recorded intention through counselling, signed
 * declarations, clearance, scheduling, departure, crossing and arrival to post-return monitoring, with every
 * person-movement recorded once. {@link org.homeward.returns.Returns} is the public API; transitions publish
 * {@link org.homeward.returns.ReturnEvent}s.
 */
package org.homeward.returns;
