/**
 * The web shell: page layout, home page, error pages and the user's language (English, Arabic right-to-left,
 * Russian). Other modules' pages use the layout {@code templates/layout.html}; the module has no Java API.
 */
package org.homeward.web;
