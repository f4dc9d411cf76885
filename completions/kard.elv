
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
            cand backup 'Write a consistent copy of the store (safe while kard is in use)'
            cand restore 'Replace the store with a copy made by `kard backup`'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;list'= {
            cand --source 'Only contacts from this source'
            cand --kind 'Only this kind of entry'
            cand --department 'Only this department (exact, case-insensitive)'
            cand --location 'Only this location (exact, case-insensitive)'
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
            cand --prefix 'prefix'
            cand --given 'Given (first) name'
            cand --middle 'middle'
            cand --family 'Family (last) name'
            cand --suffix 'suffix'
            cand --nickname 'nickname'
            cand --org 'Organization (company)'
            cand --department 'department'
            cand --title 'Job title'
            cand --phone 'A phone number, optionally labeled: mobile:+1 555 010 1234 (repeatable)'
            cand --email 'An email address, optionally labeled: work:robin@acme.example (repeatable)'
            cand --fax 'A fax number, optionally labeled (repeatable)'
            cand --url 'A web address (repeatable)'
            cand --note 'note'
            cand --birthday 'YYYY-MM-DD, or --MM-DD without a year'
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
            cand --name 'New display name'
            cand --given 'given'
            cand --family 'family'
            cand --nickname 'nickname'
            cand --org 'org'
            cand --department 'department'
            cand --title 'title'
            cand --note 'note'
            cand --birthday 'YYYY-MM-DD or --MM-DD; empty to remove'
            cand --add-phone 'add-phone'
            cand --remove-phone 'Remove a phone (any spelling of the number)'
            cand --add-email 'add-email'
            cand --remove-email 'remove-email'
            cand --add-fax 'add-fax'
            cand --remove-fax 'remove-fax'
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
            cand --format 'The files'' format [default: detected from the content]'
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
            cand --format 'Output format'
            cand -o 'Write to FILE (replaced whole, only once complete) instead of standard output'
            cand --output 'Write to FILE (replaced whole, only once complete) instead of standard output'
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
            cand empty 'Remove everything in the trash for good'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kard;trash;list'= {
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
            cand empty 'Remove everything in the trash for good'
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
            cand backup 'Write a consistent copy of the store (safe while kard is in use)'
            cand restore 'Replace the store with a copy made by `kard backup`'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
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
            cand empty 'Remove everything in the trash for good'
        }
        &'kard;help;trash;list'= {
        }
        &'kard;help;trash;restore'= {
        }
        &'kard;help;trash;empty'= {
        }
        &'kard;help;backup'= {
        }
        &'kard;help;restore'= {
        }
        &'kard;help;completions'= {
        }
        &'kard;help;help'= {
        }
    ]
    $completions[$command]
}
