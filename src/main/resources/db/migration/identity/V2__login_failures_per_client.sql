-- Failed logins are counted per e-mail and client address, so that a stranger cannot lock a person out
-- by guessing wrong five times; a much higher limit per e-mail across all clients stops spread attacks.
create table login_failure (
    email     varchar(254) not null,
    client    varchar(64)  not null,
    failed_at timestamptz  not null default now()
);
create index login_failure_email_ix on login_failure (email, failed_at);

alter table person drop column failed_logins;
alter table person drop column locked_until;
