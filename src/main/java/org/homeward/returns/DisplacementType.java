package org.homeward.returns;

/**
 * What kind of return a case is, fixed when it opens: a refugee's return crosses a border inbound, an IDP's return
 * stays inside the country.
 */
public enum DisplacementType {
    REFUGEE,
    IDP
}
