/**
 * Registry of displaced households and people, with consent. Personal data is read only through {@link
 * org.homeward.registry.Registry}, which decides in one place what an actor may see and audits every read.
 */
package org.homeward.registry;
