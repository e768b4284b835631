/** Organisations, users, roles, scopes (organisation and geographic area), API tokens, the acting user. */
package org.homeward.identity;
