/**
 * The administrators' server-rendered pages: protection at rest, users, collections and
 * memberships, and every user's own API tokens ({@code /me/tokens}). Qute {@code @CheckedTemplate}s
 * with escaped output only, no script, no inline style (one stylesheet, {@code /admin/admin.css}),
 * words in the {@code adm} message bundle (English, French). Every change goes through the access
 * slice's services, like the API, and answers with a redirect back and a flash message; forms carry
 * the CSRF token in a hidden field ({@code @FormCsrf}).
 *
 * <p>A leaf: nothing depends on it. Allowed dependencies: access (and its framework adapters),
 * fixity, takedown.
 */
package org.jeli.admin.web;
