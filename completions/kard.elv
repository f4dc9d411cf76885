
use builtin;
use str;

set edit:completion:arg-completer[kard] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'kard'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'kard'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List contacts, sorted by name; QUERY searches names, organizations, emails, numbers'
            cand ls 'List contacts, sorted by name; QUERY searches names, organizations, emails, numbers'
            cand show 'Show a contact''s card, or a card for a phone number no contact has'
            cand add 'Add a personal contact and print its card'
            cand edit 'Change a personal contact (no change flags: edit it in $EDITOR)'
            cand delete 'Move personal contacts to the trash'
            cand rm 'Move personal contacts to the trash'
            cand favorite 'Mark a contact as a favorite (or unmark it with --remove)'
            cand fav 'Mark a contact as a favorite (or unmark it with --remove)'
            cand import 'Import vCard, Google CSV, Outlook CSV or kard JSON files into personal contacts'
            cand export 'Export contacts as vCard, Google CSV, Outlook CSV or JSON'
            cand config 'Read or change settings kept in the store'
            cand trash 'The trash: list deleted contacts, restore one, or empty it'
            cand directory 'Load the company directory (or another company''s) from a file, all or nothing'
            cand dir 'Load the company directory (or another company''s) from a file, all or nothing'
            cand profile 'Your own card: which directory entry is you, your presence, message and photo'
            cand backup 'Write a consistent copy of the store (safe while kard is in use)'
            cand restore 'Replace the store with a copy made by `kard backup`'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand block 'Block a spam caller and/or SMS sender (neither flag: both)'
            cand unblock 'Unblock a caller and/or SMS sender (neither flag: whatever is blocked)'
            cand blocked 'The block list; with NUMBER, exit 0 if it is blocked and 3 if not'
            cand fax 'Fax drafts: new, list, show, send, discard'
            cand call 'Call a contact or number: its tel: URI, printed or given to handler.call'
            cand chat 'Chat with a contact or number: its sms: URI, printed or given to handler.chat'
            cand meet 'Meet a contact: the link from meet.url, printed or given to handler.meet'
            cand birthdays 'Upcoming birthdays (the next 30 days), soonest first, with the age turned'
            cand duplicates 'Groups of personal contacts that are probably one person, each with the reason'
            cand dupes 'Groups of personal contacts that are probably one person, each with the reason'
            cand merge 'Make several personal contacts one, keeping every value; the rest go to the trash'
            cand remote 'Places personal contacts also live: CardDAV address books and vdir folders'
            cand sync 'Two-way sync with every (or the named) remote'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;list'= {
            cand --source 'Only contacts from this source'
            cand --kind 'Only this kind of entry'
            cand --department 'Only this department (exact, case-insensitive)'
            cand --location 'Only this location (exact, case-insensitive)'
            cand --label 'Only contacts carrying this label (case-insensitive)'
            cand --sort 'Order of the list'
            cand --limit 'At most N contacts'
            cand --format 'Output format [default: table, or json with --json]'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --favorites 'Only favorites'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;ls'= {
            cand --source 'Only contacts from this source'
            cand --kind 'Only this kind of entry'
            cand --department 'Only this department (exact, case-insensitive)'
            cand --location 'Only this location (exact, case-insensitive)'
            cand --label 'Only contacts carrying this label (case-insensitive)'
            cand --sort 'Order of the list'
            cand --limit 'At most N contacts'
            cand --format 'Output format [default: table, or json with --json]'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --favorites 'Only favorites'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;show'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;add'= {
            cand --name 'Display name [default: built from the name parts]'
            cand --prefix 'Name prefix (Dr., Ms.)'
            cand --given 'Given (first) name'
            cand --middle 'Middle name'
            cand --family 'Family (last) name'
            cand --suffix 'Name suffix (Jr., PhD)'
            cand --nickname 'Nickname'
            cand --org 'Organization (company)'
            cand --department 'Department'
            cand --title 'Job title'
            cand --note 'A free-text note'
            cand --birthday 'Birthday: YYYY-MM-DD, or --MM-DD without a year'
            cand --label 'A label (group: vCard CATEGORIES, Google and Outlook labels; repeatable)'
            cand --address 'A postal address, optionally labeled: home:12 Elm St;Springfield;IL;62701;USA (street;locality;region;postal code;country, trailing parts may be left out; repeatable)'
            cand --phone 'A phone number, optionally labeled: mobile:+1 555 010 1234 (repeatable)'
            cand --email 'An email address, optionally labeled: work:robin@acme.example (repeatable)'
            cand --fax 'A fax number, optionally labeled (repeatable)'
            cand --url 'A web address (repeatable)'
            cand --remote 'Put it in this remote (`kard remote`) [default: the default remote, if any]'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --favorite 'Mark as a favorite'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;edit'= {
            cand --name 'Display name [default: built from the name parts]'
            cand --prefix 'Name prefix (Dr., Ms.)'
            cand --given 'Given (first) name'
            cand --middle 'Middle name'
            cand --family 'Family (last) name'
            cand --suffix 'Name suffix (Jr., PhD)'
            cand --nickname 'Nickname'
            cand --org 'Organization (company)'
            cand --department 'Department'
            cand --title 'Job title'
            cand --note 'A free-text note'
            cand --birthday 'Birthday: YYYY-MM-DD, or --MM-DD without a year'
            cand --label 'A label (group: vCard CATEGORIES, Google and Outlook labels; repeatable)'
            cand --address 'A postal address, optionally labeled: home:12 Elm St;Springfield;IL;62701;USA (street;locality;region;postal code;country, trailing parts may be left out; repeatable)'
            cand --add-phone 'Add a phone number, optionally labeled: mobile:+1 555 010 1234 (repeatable)'
            cand --remove-phone 'Remove a phone (any spelling of the number; repeatable)'
            cand --add-email 'Add an email address, optionally labeled: work:robin@acme.example (repeatable)'
            cand --remove-email 'Remove an email address (case aside; repeatable)'
            cand --add-fax 'Add a fax number, optionally labeled (repeatable)'
            cand --remove-fax 'Remove a fax number (any spelling; repeatable)'
            cand --remove-label 'Remove a label (case aside; repeatable)'
            cand --remove-address 'Remove the addresses with this label or street (case aside; repeatable)'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;delete'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;rm'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;favorite'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand -r 'Unmark instead'
            cand --remove 'Unmark instead'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;fav'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand -r 'Unmark instead'
            cand --remove 'Unmark instead'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;import'= {
            cand --format 'The files'' format (auto: detected from the content)'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --dry-run 'Report what would happen; change nothing'
            cand --strict 'Import nothing if any record is bad'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;export'= {
            cand --source 'Only contacts from this source (`personal` for your own contacts)'
            cand --format 'Output format'
            cand -o 'Write to FILE (replaced whole, only once complete) instead of standard output (`-` is standard output)'
            cand --output 'Write to FILE (replaced whole, only once complete) instead of standard output (`-` is standard output)'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;config'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print a setting''s value (exit 3 if unset)'
            cand set 'Change a setting'
            cand unset 'Remove a setting'
            cand list 'Every setting kard knows, with its value'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;config;get'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;config;set'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;config;unset'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;config;list'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;config;help'= {
            cand get 'Print a setting''s value (exit 3 if unset)'
            cand set 'Change a setting'
            cand unset 'Remove a setting'
            cand list 'Every setting kard knows, with its value'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;config;help;get'= {
        }
        &'kard;config;help;set'= {
        }
        &'kard;config;help;unset'= {
        }
        &'kard;config;help;list'= {
        }
        &'kard;config;help;help'= {
        }
        &'kard;trash'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the trash (the default)'
            cand restore 'Bring a deleted contact back, with all its fields and favorite flag'
            cand empty 'Remove everything in the trash for good (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;trash;list'= {
            cand --names 'Only the names, one a line, of contacts matching QUERY (for shell completion)'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;trash;restore'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;trash;empty'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand -y 'Do not ask (needed when not at a terminal)'
            cand --yes 'Do not ask (needed when not at a terminal)'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;trash;help'= {
            cand list 'List the trash (the default)'
            cand restore 'Bring a deleted contact back, with all its fields and favorite flag'
            cand empty 'Remove everything in the trash for good (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;trash;help;list'= {
        }
        &'kard;trash;help;restore'= {
        }
        &'kard;trash;help;empty'= {
        }
        &'kard;trash;help;help'= {
        }
        &'kard;directory'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sync 'Load a directory file or LDAP server: the company''s, or with --external another''s'
            cand status 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;dir'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sync 'Load a directory file or LDAP server: the company''s, or with --external another''s'
            cand status 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;directory;sync'= {
            cand --external 'Load it as this other company''s directory instead of your company''s'
            cand --bind-dn 'LDAP: bind as this DN (anonymous without); the password comes from --password-command or KARD_LDAP_PASSWORD'
            cand --password-command 'LDAP: a command (run without a shell) whose first line of output is the bind password'
            cand --filter 'LDAP: the search filter [default: (|(objectClass=inetOrgPerson)(objectClass=user))]'
            cand --map 'LDAP: read this attribute into this field, before the default map (repeatable). Fields: directory_id, display_name, given_name, family_name, email, department, location, title, extension, phone, mobile, fax, photo'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --dry-run 'Print what would be added, updated and removed; change nothing'
            cand --starttls 'LDAP: upgrade the connection with StartTLS before binding'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;dir;sync'= {
            cand --external 'Load it as this other company''s directory instead of your company''s'
            cand --bind-dn 'LDAP: bind as this DN (anonymous without); the password comes from --password-command or KARD_LDAP_PASSWORD'
            cand --password-command 'LDAP: a command (run without a shell) whose first line of output is the bind password'
            cand --filter 'LDAP: the search filter [default: (|(objectClass=inetOrgPerson)(objectClass=user))]'
            cand --map 'LDAP: read this attribute into this field, before the default map (repeatable). Fields: directory_id, display_name, given_name, family_name, email, department, location, title, extension, phone, mobile, fax, photo'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --dry-run 'Print what would be added, updated and removed; change nothing'
            cand --starttls 'LDAP: upgrade the connection with StartTLS before binding'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;directory;status'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;dir;status'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;directory;help'= {
            cand sync 'Load a directory file or LDAP server: the company''s, or with --external another''s'
            cand status 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;directory;help;sync'= {
        }
        &'kard;directory;help;status'= {
        }
        &'kard;directory;help;help'= {
        }
        &'kard;dir;help'= {
            cand sync 'Load a directory file or LDAP server: the company''s, or with --external another''s'
            cand status 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;dir;help;sync'= {
        }
        &'kard;dir;help;status'= {
        }
        &'kard;dir;help;help'= {
        }
        &'kard;profile'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show your card, with the presence only you see (the default)'
            cand set 'Say which directory entry is you, or set your presence, status message or photo'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;profile;show'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;profile;set'= {
            cand --me 'The company directory entry that is you (name, email, extension, id:N…)'
            cand --presence 'available, busy, away, do_not_disturb, on_a_call, offline, or invisible (others see offline)'
            cand --message 'Your custom status message, e.g. "In a meeting"; empty to clear it'
            cand --photo 'Your photo: a JPEG or PNG file of at most 5 MB'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --clear-photo 'Remove your photo'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;profile;help'= {
            cand show 'Show your card, with the presence only you see (the default)'
            cand set 'Say which directory entry is you, or set your presence, status message or photo'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;profile;help;show'= {
        }
        &'kard;profile;help;set'= {
        }
        &'kard;profile;help;help'= {
        }
        &'kard;backup'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;restore'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand -y 'Replace the store without asking'
            cand --yes 'Replace the store without asking'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;completions'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;block'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --calls 'As a caller (neither flag: calls and SMS)'
            cand --sms 'As an SMS sender (neither flag: calls and SMS)'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;unblock'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --calls 'As a caller (neither flag: calls and SMS)'
            cand --sms 'As an SMS sender (neither flag: calls and SMS)'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;blocked'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --calls 'Blocked as a caller'
            cand --sms 'Blocked as an SMS sender'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;fax'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand new 'Make a draft for a contact''s fax number, or for any number'
            cand list 'List the drafts (the default)'
            cand show 'Show a draft and its cover page'
            cand send 'Send a draft with `config fax.command`'
            cand discard 'Throw a draft away'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;fax;new'= {
            cand --to 'Which of the contact''s fax numbers [default: the first]'
            cand --subject 'subject'
            cand --note 'A note for the cover page'
            cand --attach 'A file to send (repeatable); it must exist and be readable'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;fax;list'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;fax;show'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;fax;send'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;fax;discard'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;fax;help'= {
            cand new 'Make a draft for a contact''s fax number, or for any number'
            cand list 'List the drafts (the default)'
            cand show 'Show a draft and its cover page'
            cand send 'Send a draft with `config fax.command`'
            cand discard 'Throw a draft away'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;fax;help;new'= {
        }
        &'kard;fax;help;list'= {
        }
        &'kard;fax;help;show'= {
        }
        &'kard;fax;help;send'= {
        }
        &'kard;fax;help;discard'= {
        }
        &'kard;fax;help;help'= {
        }
        &'kard;call'= {
            cand --account 'Which of a colleague''s two accounts to reach: work or contact_center'
            cand --label 'Which phone, by its label (mobile, work, …)'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --print 'Print the URI instead of running the handler'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;chat'= {
            cand --account 'Which of a colleague''s two accounts to reach: work or contact_center'
            cand --label 'Which phone, by its label (mobile, work, …)'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --print 'Print the URI instead of running the handler'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;meet'= {
            cand --account 'Which of a colleague''s two accounts to reach: work or contact_center'
            cand --label 'Which phone, by its label (mobile, work, …)'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --print 'Print the URI instead of running the handler'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;birthdays'= {
            cand --within 'How many days ahead to look (0: today only)'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;duplicates'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;dupes'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;merge'= {
            cand --into 'The contact that stays (its single fields win) [default: the first]'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --dry-run 'Show the merged card, change nothing'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;remote'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a CardDAV address book (http(s)://…, a server or principal URL is enough) or a vdir folder (vdir:PATH)'
            cand list 'List the remotes (the default)'
            cand show 'Show one remote'
            cand remove 'Remove a remote; its contacts go to the trash unless --keep-contacts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;remote;add'= {
            cand --user 'User name for HTTP Basic authentication'
            cand --password-command 'A command that prints the password (run without a shell; first line)'
            cand --book 'Which address book, when the server has several (name or URL)'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --default 'New contacts go to this remote'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;remote;list'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;remote;show'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;remote;remove'= {
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --keep-contacts 'Keep its contacts, as local-only contacts'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;remote;help'= {
            cand add 'Add a CardDAV address book (http(s)://…, a server or principal URL is enough) or a vdir folder (vdir:PATH)'
            cand list 'List the remotes (the default)'
            cand show 'Show one remote'
            cand remove 'Remove a remote; its contacts go to the trash unless --keep-contacts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;remote;help;add'= {
        }
        &'kard;remote;help;list'= {
        }
        &'kard;remote;help;show'= {
        }
        &'kard;remote;help;remove'= {
        }
        &'kard;remote;help;help'= {
        }
        &'kard;sync'= {
            cand --prefer 'Which side wins a field changed differently on both'
            cand --db 'The store file [default: $XDG_DATA_HOME/kard/kard.db]'
            cand --region 'Default region for numbers without a country code [default: config region, else US]'
            cand --dry-run 'Report what would happen; change nothing on either side'
            cand --json 'Print data as JSON (same as --format json)'
            cand --no-color 'Never use colors (also: NO_COLOR set in the environment)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kard;help'= {
            cand list 'List contacts, sorted by name; QUERY searches names, organizations, emails, numbers'
            cand show 'Show a contact''s card, or a card for a phone number no contact has'
            cand add 'Add a personal contact and print its card'
            cand edit 'Change a personal contact (no change flags: edit it in $EDITOR)'
            cand delete 'Move personal contacts to the trash'
            cand favorite 'Mark a contact as a favorite (or unmark it with --remove)'
            cand import 'Import vCard, Google CSV, Outlook CSV or kard JSON files into personal contacts'
            cand export 'Export contacts as vCard, Google CSV, Outlook CSV or JSON'
            cand config 'Read or change settings kept in the store'
            cand trash 'The trash: list deleted contacts, restore one, or empty it'
            cand directory 'Load the company directory (or another company''s) from a file, all or nothing'
            cand profile 'Your own card: which directory entry is you, your presence, message and photo'
            cand backup 'Write a consistent copy of the store (safe while kard is in use)'
            cand restore 'Replace the store with a copy made by `kard backup`'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand block 'Block a spam caller and/or SMS sender (neither flag: both)'
            cand unblock 'Unblock a caller and/or SMS sender (neither flag: whatever is blocked)'
            cand blocked 'The block list; with NUMBER, exit 0 if it is blocked and 3 if not'
            cand fax 'Fax drafts: new, list, show, send, discard'
            cand call 'Call a contact or number: its tel: URI, printed or given to handler.call'
            cand chat 'Chat with a contact or number: its sms: URI, printed or given to handler.chat'
            cand meet 'Meet a contact: the link from meet.url, printed or given to handler.meet'
            cand birthdays 'Upcoming birthdays (the next 30 days), soonest first, with the age turned'
            cand duplicates 'Groups of personal contacts that are probably one person, each with the reason'
            cand merge 'Make several personal contacts one, keeping every value; the rest go to the trash'
            cand remote 'Places personal contacts also live: CardDAV address books and vdir folders'
            cand sync 'Two-way sync with every (or the named) remote'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;help;list'= {
        }
        &'kard;help;show'= {
        }
        &'kard;help;add'= {
        }
        &'kard;help;edit'= {
        }
        &'kard;help;delete'= {
        }
        &'kard;help;favorite'= {
        }
        &'kard;help;import'= {
        }
        &'kard;help;export'= {
        }
        &'kard;help;config'= {
            cand get 'Print a setting''s value (exit 3 if unset)'
            cand set 'Change a setting'
            cand unset 'Remove a setting'
            cand list 'Every setting kard knows, with its value'
        }
        &'kard;help;config;get'= {
        }
        &'kard;help;config;set'= {
        }
        &'kard;help;config;unset'= {
        }
        &'kard;help;config;list'= {
        }
        &'kard;help;trash'= {
            cand list 'List the trash (the default)'
            cand restore 'Bring a deleted contact back, with all its fields and favorite flag'
            cand empty 'Remove everything in the trash for good (asks first)'
        }
        &'kard;help;trash;list'= {
        }
        &'kard;help;trash;restore'= {
        }
        &'kard;help;trash;empty'= {
        }
        &'kard;help;directory'= {
            cand sync 'Load a directory file or LDAP server: the company''s, or with --external another''s'
            cand status 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)'
        }
        &'kard;help;directory;sync'= {
        }
        &'kard;help;directory;status'= {
        }
        &'kard;help;profile'= {
            cand show 'Show your card, with the presence only you see (the default)'
            cand set 'Say which directory entry is you, or set your presence, status message or photo'
        }
        &'kard;help;profile;show'= {
        }
        &'kard;help;profile;set'= {
        }
        &'kard;help;backup'= {
        }
        &'kard;help;restore'= {
        }
        &'kard;help;completions'= {
        }
        &'kard;help;block'= {
        }
        &'kard;help;unblock'= {
        }
        &'kard;help;blocked'= {
        }
        &'kard;help;fax'= {
            cand new 'Make a draft for a contact''s fax number, or for any number'
            cand list 'List the drafts (the default)'
            cand show 'Show a draft and its cover page'
            cand send 'Send a draft with `config fax.command`'
            cand discard 'Throw a draft away'
        }
        &'kard;help;fax;new'= {
        }
        &'kard;help;fax;list'= {
        }
        &'kard;help;fax;show'= {
        }
        &'kard;help;fax;send'= {
        }
        &'kard;help;fax;discard'= {
        }
        &'kard;help;call'= {
        }
        &'kard;help;chat'= {
        }
        &'kard;help;meet'= {
        }
        &'kard;help;birthdays'= {
        }
        &'kard;help;duplicates'= {
        }
        &'kard;help;merge'= {
        }
        &'kard;help;remote'= {
            cand add 'Add a CardDAV address book (http(s)://…, a server or principal URL is enough) or a vdir folder (vdir:PATH)'
            cand list 'List the remotes (the default)'
            cand show 'Show one remote'
            cand remove 'Remove a remote; its contacts go to the trash unless --keep-contacts'
        }
        &'kard;help;remote;add'= {
        }
        &'kard;help;remote;list'= {
        }
        &'kard;help;remote;show'= {
        }
        &'kard;help;remote;remove'= {
        }
        &'kard;help;sync'= {
        }
        &'kard;help;help'= {
        }
    ]
    $completions[$command]
}
