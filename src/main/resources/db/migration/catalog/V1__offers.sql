-- The catalog of offers: an offer of a provider (its published content, searchable), every version of it
-- (drafts, changes waiting for approval, the published one and those before), and its dated runs.
-- organisation ids refer to the identity module's organisations; the module keeps no foreign key into
-- another module's tables.

-- the title's trigram index needs it; the catalog's migrations may run before workshop's V3, which also creates it
create extension if not exists pg_trgm;

-- legal bases an offer can have: built in for Germany and Denmark, the site adds its own
create table legal_basis (
    code      varchar(40)  primary key,
    -- DE or DK: the legal system the basis belongs to; the editor offers the site's
    country   varchar(2)   not null,
    label_de  varchar(200) not null,
    label_da  varchar(200) not null,
    label_en  varchar(200) not null,
    position  int          not null,
    built_in  boolean      not null default false,
    active    boolean      not null default true
);

insert into legal_basis (code, country, label_de, label_da, label_en, position, built_in) values
 ('DE_SGB2_16_SGB3_45_MAT',  'DE', '§ 16 SGB II i. V. m. § 45 SGB III – AVGS MAT (Maßnahme bei einem Träger)', '§ 16 SGB II jf. § 45 SGB III – AVGS MAT (forløb hos en udbyder)', '§ 16 SGB II with § 45 SGB III – AVGS MAT (measure at a provider)', 10, true),
 ('DE_SGB2_16_SGB3_45_MPAV', 'DE', '§ 16 SGB II i. V. m. § 45 SGB III – AVGS MPAV (private Arbeitsvermittlung)', '§ 16 SGB II jf. § 45 SGB III – AVGS MPAV (privat jobformidling)', '§ 16 SGB II with § 45 SGB III – AVGS MPAV (private placement)', 20, true),
 ('DE_SGB2_16_SGB3_45_MAG',  'DE', '§ 16 SGB II i. V. m. § 45 SGB III – AVGS MAG (Maßnahme bei einem Arbeitgeber)', '§ 16 SGB II jf. § 45 SGB III – AVGS MAG (forløb hos en arbejdsgiver)', '§ 16 SGB II with § 45 SGB III – AVGS MAG (measure at an employer)', 30, true),
 ('DE_SGB3_81_FBW',          'DE', '§ 81 SGB III – berufliche Weiterbildung mit Bildungsgutschein', '§ 81 SGB III – erhvervsrettet efteruddannelse med uddannelsesvoucher', '§ 81 SGB III – further vocational training with education voucher', 40, true),
 ('DE_SGB2_16A',             'DE', '§ 16a SGB II – kommunale Eingliederungsleistungen', '§ 16a SGB II – kommunale integrationsydelser', '§ 16a SGB II – municipal integration services', 50, true),
 ('DE_SGB2_16D',             'DE', '§ 16d SGB II – Arbeitsgelegenheiten', '§ 16d SGB II – arbejdsmuligheder (jobs med merudgiftsgodtgørelse)', '§ 16d SGB II – work opportunities', 60, true),
 ('DE_SGB2_16E',             'DE', '§ 16e SGB II – Eingliederung von Langzeitarbeitslosen', '§ 16e SGB II – integration af langtidsledige', '§ 16e SGB II – integration of the long-term unemployed', 70, true),
 ('DE_SGB2_16H',             'DE', '§ 16h SGB II – Förderung schwer zu erreichender junger Menschen', '§ 16h SGB II – støtte til unge, der er svære at nå', '§ 16h SGB II – support for young people who are hard to reach', 80, true),
 ('DE_SGB2_16I',             'DE', '§ 16i SGB II – Teilhabe am Arbeitsmarkt', '§ 16i SGB II – deltagelse på arbejdsmarkedet', '§ 16i SGB II – participation in the labour market', 90, true),
 ('DE_SGB2_16K',             'DE', '§ 16k SGB II – ganzheitliche Betreuung', '§ 16k SGB II – helhedsorienteret støtte', '§ 16k SGB II – holistic support (coaching)', 100, true),
 ('DE_ESF_PLUS',             'DE', 'ESF-Plus-Programm', 'ESF+-program', 'ESF+ programme', 110, true),
 ('DE_MUNICIPAL',            'DE', 'Kommunales Angebot', 'Kommunalt tilbud', 'Municipal offer', 120, true),
 ('DK_LAB_VEJLEDNING',       'DK', 'Beratung und Qualifizierung (LAB, Kap. 10)', 'Vejledning og opkvalificering (LAB kap. 10)', 'Guidance and upskilling (LAB ch. 10)', 210, true),
 ('DK_LAB_PRAKTIK',          'DK', 'Betriebspraktikum (LAB, Kap. 11)', 'Virksomhedspraktik (LAB kap. 11)', 'Company internship (LAB ch. 11)', 220, true),
 ('DK_LAB_LOENTILSKUD',      'DK', 'Beschäftigung mit Lohnzuschuss (LAB, Kap. 12)', 'Ansættelse med løntilskud (LAB kap. 12)', 'Wage-subsidised employment (LAB ch. 12)', 230, true),
 ('DK_LAB_NYTTEINDSATS',     'DK', 'Nytteindsats (LAB, Kap. 13)', 'Nytteindsats (LAB kap. 13)', 'Community work (LAB ch. 13)', 240, true),
 ('DK_LAB_MENTOR',           'DK', 'Mentorunterstützung (LAB)', 'Mentorstøtte (LAB)', 'Mentor support (LAB)', 250, true),
 ('DK_ESF_PLUS',             'DK', 'ESF-Plus-Programm', 'ESF+-program', 'ESF+ programme', 260, true),
 ('DK_MUNICIPAL',            'DK', 'Kommunales Angebot', 'Kommunalt tilbud', 'Municipal offer', 270, true);

create table offer (
    id                  uuid primary key default gen_random_uuid(),
    -- the provider (or the jobcenter itself) that runs the offer; its staff edit it
    organisation_id     uuid          not null,
    -- the catalog's owner that approves publication: the organisation that runs the site, or a network
    owner_id            uuid          not null,
    -- DRAFT (never published), PUBLISHED, ARCHIVED (taken off the catalog, kept)
    state               varchar(20)   not null default 'DRAFT',
    -- the number of the version the public sees; null while none was published
    published_version   int,
    published_at        timestamptz,
    created_at          timestamptz   not null default now(),
    -- the last change the public can see (published content or a run): open data's modified_after
    modified_at         timestamptz   not null default now(),
    -- the language the provider wrote it in: chooses the text-search configuration
    language            varchar(2)    not null default 'de',
    -- an offer's own id in the provider's systems (openQ-cat PRODUCT_ID, an import's key); unique per provider
    external_id         varchar(100),
    -- The content columns hold the published version, or the first draft while none is published.
    -- A change of a published offer lives in offer_version until it is approved.
    title               varchar(200)  not null,
    short_description   varchar(500)  not null,
    description         varchar(10000),
    prerequisites       varchar(2000),
    outcome             varchar(500),
    examining_body      varchar(200),
    azav_certifier      varchar(200),
    azav_measure_number varchar(60),
    azav_valid_until    date,
    -- IN_PERSON, DIGITAL, HYBRID, DISTANCE
    format              varchar(20)   not null,
    -- FULL_TIME, PART_TIME, FULL_OR_PART_TIME
    time_model          varchar(20)   not null,
    -- how long a participant takes, in words ("6 Monate, 30 Stunden pro Woche")
    duration            varchar(200),
    keywords            varchar(1000),
    -- weighted text of the published content (title A, keywords and target groups B, descriptions C), in the
    -- offer's language's configuration together with 'simple'; written by the store on publication
    search              tsvector,
    check (state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    check (format in ('IN_PERSON', 'DIGITAL', 'HYBRID', 'DISTANCE')),
    check (time_model in ('FULL_TIME', 'PART_TIME', 'FULL_OR_PART_TIME'))
);
create index offer_organisation_ix on offer (organisation_id);
create index offer_owner_ix on offer (owner_id, state);
create index offer_published_ix on offer (state, modified_at);
create index offer_search_ix on offer using gin (search);
create index offer_title_trgm_ix on offer using gin (title gin_trgm_ops);
create unique index offer_external_id_ux on offer (organisation_id, external_id) where external_id is not null;

-- The published content's lists (what facets count). Rewritten whole when a version is published.
create table offer_legal_basis (
    offer_id uuid        not null references offer (id) on delete cascade,
    code     varchar(40) not null references legal_basis (code),
    primary key (offer_id, code)
);
create index offer_legal_basis_code_ix on offer_legal_basis (code);

-- EDUCATION_VOUCHER, ACTIVATION_VOUCHER, ESF_PLUS, MUNICIPAL, FREE
create table offer_funding (
    offer_id uuid        not null references offer (id) on delete cascade,
    code     varchar(40) not null,
    primary key (offer_id, code)
);
create index offer_funding_code_ix on offer_funding (code);

-- a target group: a code of the vocabulary (TargetGroup) or a free label
create table offer_target_group (
    offer_id uuid         not null references offer (id) on delete cascade,
    position int          not null,
    code     varchar(40),
    label    varchar(100),
    check ((code is null) <> (label is null)),
    primary key (offer_id, position)
);
create index offer_target_group_code_ix on offer_target_group (code);

-- STEP_FREE, ACCESSIBLE_TOILET, HEARING_LOOP, SIGN_LANGUAGE, PLAIN_LANGUAGE, SCREEN_READER, CHILDCARE, QUIET_ROOM
create table offer_accessibility (
    offer_id uuid        not null references offer (id) on delete cascade,
    code     varchar(40) not null,
    primary key (offer_id, code)
);
create index offer_accessibility_code_ix on offer_accessibility (code);

-- the offer's modules; their ids stay the same across versions (cooperation records completed modules)
create table offer_module (
    id          uuid primary key,
    offer_id    uuid          not null references offer (id) on delete cascade,
    position    int           not null,
    name        varchar(200)  not null,
    -- in hours; null when not stated
    hours       int check (hours between 1 and 10000),
    description varchar(2000)
);
create index offer_module_offer_ix on offer_module (offer_id, position);

-- contact people shown with the offer (work contact details only)
create table offer_contact (
    offer_id uuid         not null references offer (id) on delete cascade,
    position int          not null,
    name     varchar(200) not null,
    role     varchar(200),
    email    varchar(254),
    phone    varchar(50),
    primary key (offer_id, position)
);

-- Every version of an offer's content, as the editor saved it (OfferContent as JSON).
-- DRAFT: being written; SUBMITTED: waiting for the owner's approval; RETURNED: sent back with a reason;
-- PUBLISHED: the one the public sees; SUPERSEDED: published before; DISCARDED: a draft given up.
create table offer_version (
    offer_id       uuid          not null references offer (id) on delete cascade,
    number         int           not null,
    content        jsonb         not null,
    state          varchar(20)   not null,
    created_by     uuid,
    created_by_name varchar(200) not null,
    created_at     timestamptz   not null default now(),
    submitted_at   timestamptz,
    decided_by     uuid,
    decided_by_name varchar(200),
    decided_at     timestamptz,
    -- why it was sent back
    reason         varchar(2000),
    primary key (offer_id, number),
    check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'SUPERSEDED', 'DISCARDED'))
);
-- at most one version in work (draft, submitted or returned) per offer
create unique index offer_version_open_ux on offer_version (offer_id) where state in ('DRAFT', 'SUBMITTED', 'RETURNED');
create index offer_version_submitted_ix on offer_version (state) where state = 'SUBMITTED';

-- A dated run of an offer (a course instance). Runs are the provider's operational data: changed directly,
-- visible with the offer once it is published. The status is derived from the dates where it can be
-- (RunStatus): only cancellation is stored.
create table offer_run (
    id                    uuid primary key default gen_random_uuid(),
    offer_id              uuid          not null references offer (id) on delete cascade,
    -- the run's id in the provider's systems (openQ-cat course instance, import key); unique per offer
    external_id           varchar(100),
    street                varchar(200),
    postal_code           varchar(10),
    city                  varchar(100),
    -- district or municipality, for the region facet; the city when not given
    region                varchar(100),
    room                  varchar(100),
    meeting_point         varchar(500),
    online_url            varchar(500),
    -- null with rolling entry when it runs continuously
    start_date            date,
    end_date              date,
    rolling_entry         boolean       not null default false,
    schedule              varchar(500),
    registration_deadline date,
    min_participants      int check (min_participants >= 0),
    max_participants      int check (max_participants >= 1),
    places_available      int check (places_available >= 0),
    -- when the provider last confirmed places_available; public pages hide a number older than the limit
    places_confirmed_at   timestamptz,
    enrolment_open        boolean       not null default true,
    -- estimated waiting time for a place, in weeks
    waiting_weeks         int check (waiting_weeks between 0 and 260),
    -- cost per participant in euro (or kroner); null when not stated, 0 when free
    cost                  numeric(10, 2) check (cost >= 0),
    guaranteed            boolean       not null default false,
    cancelled_at          timestamptz,
    cancel_reason         varchar(1000),
    created_at            timestamptz   not null default now(),
    modified_at           timestamptz   not null default now(),
    check (end_date is null or start_date is null or end_date >= start_date),
    check (start_date is not null or rolling_entry),
    check (max_participants is null or min_participants is null or min_participants <= max_participants),
    check (max_participants is null or places_available is null or places_available <= max_participants)
);
create index offer_run_offer_ix on offer_run (offer_id, start_date);
create index offer_run_dates_ix on offer_run (start_date, end_date);
create unique index offer_run_external_id_ux on offer_run (offer_id, external_id) where external_id is not null;
