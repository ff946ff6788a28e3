/**
 * HTTP API of access: users, collections and memberships (administrators), personal API tokens.
 * A leaf: nothing depends on it. Every change of who may see what is an {@code access.changed}
 * entry in the provenance log.
 */
package org.jeli.access.web;
