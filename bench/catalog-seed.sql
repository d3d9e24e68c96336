-- Data for the catalog search benchmark (scripts/bench-catalog.sh): on top of the demo, 10,000 published offers
-- of the four demo organisations that offer things, each with legal bases, funding, target groups (vocabulary and
-- free), accessibility, written as the catalog core's store publishes them (content columns, lists and the
-- weighted search vector in the offer's language with 'simple' for the title), and 30,000 runs (three an offer) in
-- 24 places: past, running, next month, the months after, later, rolling; some cancelled, some full, some with
-- stale places. Titles are made of 30 subjects and 12 kinds, so a word matches from a few dozen to a few hundred
-- offers, as in a real regional catalog. Ids are derived from names (md5).
begin;

create temporary table bench_providers as
select row_number() over (order by slug) - 1 as n, id
  from organisation where slug in ('bildungswerk-kai', 'perspektive-plus', 'stadt-hafenstadt', 'jobcenter-hafenstadt');

create temporary table bench_words as
select array['Bewerbung', 'Deutsch', 'Pflege', 'Lager', 'Logistik', 'Büro', 'Buchhaltung', 'Handwerk', 'Gastronomie',
             'Einzelhandel', 'Digital', 'Computer', 'Elektro', 'Metall', 'Garten', 'Landschaft', 'Kinderbetreuung',
             'Hauswirtschaft', 'Reinigung', 'Sicherheit', 'Berufskraftfahrer', 'Gabelstapler', 'Alltag', 'Gesundheit',
             'Sprache', 'Integration', 'Existenzgründung', 'Medien', 'Verkauf', 'Kommunikation'] as subjects,
       array['training', 'coaching', 'kurs', 'werkstatt', 'qualifizierung', 'praxis', 'orientierung', 'intensiv',
             'grundlagen', 'aufbau', 'start', 'plus'] as kinds,
       array['Hafenstadt', 'Nordufer', 'Südstadt', 'Altstadt', 'Westhafen', 'Osterfeld', 'Kleinmühlen', 'Bergheide',
             'Seedorf', 'Lindenau', 'Marktheide', 'Rosental', 'Fischerdorf', 'Kanalviertel', 'Neustadt', 'Auenwald',
             'Hügelland', 'Moorwiesen', 'Sandkamp', 'Birkenhain', 'Steinfurt', 'Wiesental', 'Brückenau', 'Dünenhof']
         as places,
       array['DE_SGB2_16_SGB3_45_MAT', 'DE_SGB2_16_SGB3_45_MPAV', 'DE_SGB2_16_SGB3_45_MAG', 'DE_SGB3_81_FBW',
             'DE_SGB2_16A', 'DE_SGB2_16D', 'DE_SGB2_16E', 'DE_SGB2_16H', 'DE_SGB2_16I', 'DE_SGB2_16K', 'DE_ESF_PLUS',
             'DE_MUNICIPAL'] as bases,
       array['EDUCATION_VOUCHER', 'ACTIVATION_VOUCHER', 'ESF_PLUS', 'MUNICIPAL', 'FREE'] as fundings,
       array['YOUNG_PEOPLE', 'LONG_TERM_UNEMPLOYED', 'SINGLE_PARENTS', 'WOMEN_RETURNING', 'MIGRANTS', 'REFUGEES',
             'HEALTH_RESTRICTIONS', 'DISABILITY', 'OLDER_PEOPLE', 'WITHOUT_QUALIFICATION', 'EMPLOYERS'] as groups,
       array['STEP_FREE', 'ACCESSIBLE_TOILET', 'HEARING_LOOP', 'SIGN_LANGUAGE', 'PLAIN_LANGUAGE', 'SCREEN_READER',
             'CHILDCARE', 'QUIET_ROOM'] as access,
       array['IN_PERSON', 'DIGITAL', 'HYBRID', 'DISTANCE'] as formats;

create temporary table bench_offers as
select i, md5('bench-offer-' || i)::uuid as id, p.id as organisation,
       w.subjects[1 + i % 30] || w.kinds[1 + (i / 30) % 12] || ' ' || w.places[1 + (i / 7) % 24] || ' ' || (i / 360 + 1) as title,
       'Ein Angebot zu ' || w.subjects[1 + i % 30] || ': praxisnah, mit Begleitung und Abschluss.' as short,
       'Im Angebot lernen die Teilnehmenden ' || w.subjects[1 + i % 30] || ' in kleinen Gruppen. '
         || (array['Bewerbungen, Lebenslauf und Vorstellungsgespräche gehören dazu.', 'Praktika in Betrieben der Region gehören dazu.',
                   'Eine sozialpädagogische Begleitung gehört dazu.', 'Kinderbetreuung während der Kurszeiten ist möglich.',
                   'Der Einstieg ist in Teilzeit möglich.'])[1 + i % 5]
         || ' Die Kosten übernimmt in der Regel das Jobcenter.' as description,
       w.kinds[1 + i % 12] || ', Beratung, ' || (array['Zertifikat', 'Praktikum', 'Sprachförderung', 'Kinderbetreuung',
         'Teilzeit', 'Quereinstieg', 'Umschulung', 'Jobcoaching'])[1 + (i * 13) % 8] as keywords,
       w.formats[1 + (i / 3) % 4] as format
  from generate_series(0, 9999) i
  cross join bench_words w
  join bench_providers p on p.n = i % 4;

insert into offer (id, organisation_id, owner_id, state, published_version, published_at, modified_at, language, title,
                   short_description, description, format, time_model, duration, keywords, search)
select b.id, b.organisation, (select id from organisation where slug = 'jobcenter-hafenstadt'), 'PUBLISHED', 1,
       now() - (b.i % 300) * interval '1 day', now() - (b.i % 300) * interval '1 day', 'de', b.title, b.short,
       b.description, b.format, (array['FULL_TIME', 'PART_TIME', 'FULL_OR_PART_TIME'])[1 + b.i % 3], '3 Monate',
       b.keywords,
       setweight(to_tsvector('german', b.title), 'A') || setweight(to_tsvector('simple', b.title), 'A')
         || setweight(to_tsvector('german', b.keywords), 'B')
         || setweight(to_tsvector('german', b.short || ' ' || b.description), 'C')
  from bench_offers b;

insert into offer_version (offer_id, number, content, state, created_by_name, decided_by_name, decided_at)
select id, 1, jsonb_build_object('title', title), 'PUBLISHED', 'Benchmark', 'Benchmark', now() from bench_offers;

insert into offer_legal_basis (offer_id, code)
select distinct b.id, w.bases[1 + (b.i * k) % 12] from bench_offers b, bench_words w, generate_series(1, 2) k;

insert into offer_funding (offer_id, code)
select distinct b.id, w.fundings[1 + (b.i + k * 3) % 5] from bench_offers b, bench_words w, generate_series(1, 1 + b.i % 2) k;

insert into offer_target_group (offer_id, position, code, label)
select b.id, k, case when k < 2 then w.groups[1 + (b.i * (k + 3)) % 11] end,
       case when k = 2 then 'Gruppe ' || (b.i % 40) end
  from bench_offers b, bench_words w, generate_series(0, 2) k
 where k < 2 or b.i % 5 = 0;

insert into offer_accessibility (offer_id, code)
select distinct b.id, w.access[1 + (b.i * k) % 8] from bench_offers b, bench_words w, generate_series(1, 1 + b.i % 3) k;

insert into offer_contact (offer_id, position, name, role, email, phone)
select id, 0, 'Beratung', 'Anmeldung', 'beratung@example.org', '0461 000' from bench_offers;

-- three runs an offer: one in the past or running, one next month or the months after, one later or rolling
insert into offer_run (id, offer_id, street, postal_code, city, region, start_date, end_date, rolling_entry, schedule,
                       registration_deadline, max_participants, places_available, places_confirmed_at, enrolment_open,
                       waiting_weeks, cost, guaranteed, cancelled_at, cancel_reason)
select md5('bench-run-' || b.i || '-' || k)::uuid, b.id, 'Hafenstraße ' || (b.i % 90 + 1), '249' || lpad((b.i % 99)::text, 2, '0'),
       w.places[1 + (b.i + k) % 24], null,
       case when k = 2 and b.i % 4 = 0 then null else current_date + (k * 90 - 120 + (b.i * 7) % 150) end,
       case when k = 2 and b.i % 4 = 0 then null else current_date + (k * 90 - 120 + (b.i * 7) % 150 + 60) end,
       k = 2 and b.i % 4 = 0, 'Mo–Fr 8:30–12:30',
       case when k = 2 and b.i % 4 = 0 then null else current_date + (k * 90 - 127 + (b.i * 7) % 150) end,
       16, case when b.i % 6 = 0 then null else (b.i + k) % 17 end,
       now() - ((b.i * 3 + k) % 40) * interval '1 day', (b.i + k) % 5 <> 0,
       (b.i + k) % 8, case when b.i % 10 = 0 then 0 else 1500 + (b.i % 40) * 25 end, b.i % 3 = 0,
       case when (b.i + k) % 23 = 0 then now() end, case when (b.i + k) % 23 = 0 then 'Zu wenige Anmeldungen' end
  from bench_offers b, bench_words w, generate_series(0, 2) k;

commit;
analyze offer;
analyze offer_run;
analyze offer_legal_basis;
analyze offer_funding;
analyze offer_target_group;
analyze offer_accessibility;
