-- Accounts provisioned at their first OpenID Connect login (ADR 0021) are linked to the
-- provider's (issuer, subject) pair, never to a username: a provider account whose
-- preferred_username happens to equal an existing Jeli username does not take that account over.
-- Such accounts have no usable password: password_hash holds a marker no password verifies, and
-- password logins never look at it.
alter table users add column oidc_issuer  text;
alter table users add column oidc_subject text;
alter table users add constraint users_oidc_link_complete
    check ((oidc_issuer is null) = (oidc_subject is null));
create unique index users_oidc_link on users (oidc_issuer, oidc_subject) where oidc_issuer is not null;
