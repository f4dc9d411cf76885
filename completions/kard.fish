# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kard_global_optspecs
    string join \n db= region= json no-color q/quiet h/help V/version
end

function __fish_kard_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kard_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kard_using_subcommand
    set -l cmd (__fish_kard_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kard -n "__fish_kard_needs_command" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_needs_command" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_needs_command" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_needs_command" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_needs_command" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kard -n "__fish_kard_needs_command" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_needs_command" -f -a "list" -d 'List contacts, sorted by name; QUERY searches names, organizations, emails, numbers'
complete -c kard -n "__fish_kard_needs_command" -f -a "ls" -d 'List contacts, sorted by name; QUERY searches names, organizations, emails, numbers'
complete -c kard -n "__fish_kard_needs_command" -f -a "show" -d 'Show a contact\'s card, or a card for a phone number no contact has'
complete -c kard -n "__fish_kard_needs_command" -f -a "add" -d 'Add a personal contact and print its card'
complete -c kard -n "__fish_kard_needs_command" -f -a "edit" -d 'Change a personal contact (no change flags: edit it in $EDITOR)'
complete -c kard -n "__fish_kard_needs_command" -f -a "delete" -d 'Move personal contacts to the trash'
complete -c kard -n "__fish_kard_needs_command" -f -a "rm" -d 'Move personal contacts to the trash'
complete -c kard -n "__fish_kard_needs_command" -f -a "favorite" -d 'Mark a contact as a favorite (or unmark it with --remove)'
complete -c kard -n "__fish_kard_needs_command" -f -a "fav" -d 'Mark a contact as a favorite (or unmark it with --remove)'
complete -c kard -n "__fish_kard_needs_command" -f -a "import" -d 'Import vCard, Google CSV, Outlook CSV or kard JSON files into personal contacts'
complete -c kard -n "__fish_kard_needs_command" -f -a "export" -d 'Export contacts as vCard, Google CSV, Outlook CSV or JSON'
complete -c kard -n "__fish_kard_needs_command" -f -a "config" -d 'Read or change settings kept in the store'
complete -c kard -n "__fish_kard_needs_command" -f -a "trash" -d 'The trash: list deleted contacts, restore one, or empty it'
complete -c kard -n "__fish_kard_needs_command" -f -a "directory" -d 'Load the company directory (or another company\'s) from a file, all or nothing'
complete -c kard -n "__fish_kard_needs_command" -f -a "dir" -d 'Load the company directory (or another company\'s) from a file, all or nothing'
complete -c kard -n "__fish_kard_needs_command" -f -a "profile" -d 'Your own card: which directory entry is you, your presence, message and photo'
complete -c kard -n "__fish_kard_needs_command" -f -a "backup" -d 'Write a consistent copy of the store (safe while kard is in use)'
complete -c kard -n "__fish_kard_needs_command" -f -a "restore" -d 'Replace the store with a copy made by `kard backup`'
complete -c kard -n "__fish_kard_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c kard -n "__fish_kard_needs_command" -f -a "block" -d 'Block a spam caller and/or SMS sender (neither flag: both)'
complete -c kard -n "__fish_kard_needs_command" -f -a "unblock" -d 'Unblock a caller and/or SMS sender (neither flag: whatever is blocked)'
complete -c kard -n "__fish_kard_needs_command" -f -a "blocked" -d 'The block list; with NUMBER, exit 0 if it is blocked and 3 if not'
complete -c kard -n "__fish_kard_needs_command" -f -a "fax" -d 'Fax drafts: new, list, show, send, discard'
complete -c kard -n "__fish_kard_needs_command" -f -a "call" -d 'Call a contact or number: its tel: URI, printed or given to handler.call'
complete -c kard -n "__fish_kard_needs_command" -f -a "chat" -d 'Chat with a contact or number: its sms: URI, printed or given to handler.chat'
complete -c kard -n "__fish_kard_needs_command" -f -a "meet" -d 'Meet a contact: the link from meet.url, printed or given to handler.meet'
complete -c kard -n "__fish_kard_needs_command" -f -a "birthdays" -d 'Upcoming birthdays (the next 30 days), soonest first, with the age turned'
complete -c kard -n "__fish_kard_needs_command" -f -a "duplicates" -d 'Groups of personal contacts that are probably one person, each with the reason'
complete -c kard -n "__fish_kard_needs_command" -f -a "dupes" -d 'Groups of personal contacts that are probably one person, each with the reason'
complete -c kard -n "__fish_kard_needs_command" -f -a "merge" -d 'Make several personal contacts one, keeping every value; the rest go to the trash'
complete -c kard -n "__fish_kard_needs_command" -f -a "remote" -d 'Places personal contacts also live: CardDAV address books and vdir folders'
complete -c kard -n "__fish_kard_needs_command" -f -a "sync" -d 'Two-way sync with every (or the named) remote'
complete -c kard -n "__fish_kard_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand list" -l source -d 'Only contacts from this source' -r -f -a "personal\t''
company\t''
external\t''"
complete -c kard -n "__fish_kard_using_subcommand list" -l kind -d 'Only this kind of entry' -r -f -a "person\t''
auto_attendant\t''
call_group\t''
call_queue\t''"
complete -c kard -n "__fish_kard_using_subcommand list" -l department -d 'Only this department (exact, case-insensitive)' -r
complete -c kard -n "__fish_kard_using_subcommand list" -l location -d 'Only this location (exact, case-insensitive)' -r
complete -c kard -n "__fish_kard_using_subcommand list" -l label -d 'Only contacts carrying this label (case-insensitive)' -r
complete -c kard -n "__fish_kard_using_subcommand list" -l sort -d 'Order of the list' -r -f -a "name\t''
department\t''
location\t''
family\t'Family name, then given name (contacts without one by display name, last)'"
complete -c kard -n "__fish_kard_using_subcommand list" -l limit -d 'At most N contacts' -r
complete -c kard -n "__fish_kard_using_subcommand list" -l format -d 'Output format [default: table, or json with --json]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
mutt\t'mutt/neomutt/aerc query_command output: a status line, then address<TAB>name<TAB>other'
names\t'Display names only, one a line (for shell completion)'
phones\t'One line per phone, fax and extension: name<TAB>label<TAB>number (E.164 when known)'
emails\t'One line per email address: name<TAB>label<TAB>address'"
complete -c kard -n "__fish_kard_using_subcommand list" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand list" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand list" -l favorites -d 'Only favorites'
complete -c kard -n "__fish_kard_using_subcommand list" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand list" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kard -n "__fish_kard_using_subcommand list" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand ls" -l source -d 'Only contacts from this source' -r -f -a "personal\t''
company\t''
external\t''"
complete -c kard -n "__fish_kard_using_subcommand ls" -l kind -d 'Only this kind of entry' -r -f -a "person\t''
auto_attendant\t''
call_group\t''
call_queue\t''"
complete -c kard -n "__fish_kard_using_subcommand ls" -l department -d 'Only this department (exact, case-insensitive)' -r
complete -c kard -n "__fish_kard_using_subcommand ls" -l location -d 'Only this location (exact, case-insensitive)' -r
complete -c kard -n "__fish_kard_using_subcommand ls" -l label -d 'Only contacts carrying this label (case-insensitive)' -r
complete -c kard -n "__fish_kard_using_subcommand ls" -l sort -d 'Order of the list' -r -f -a "name\t''
department\t''
location\t''
family\t'Family name, then given name (contacts without one by display name, last)'"
complete -c kard -n "__fish_kard_using_subcommand ls" -l limit -d 'At most N contacts' -r
complete -c kard -n "__fish_kard_using_subcommand ls" -l format -d 'Output format [default: table, or json with --json]' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
tsv\t''
mutt\t'mutt/neomutt/aerc query_command output: a status line, then address<TAB>name<TAB>other'
names\t'Display names only, one a line (for shell completion)'
phones\t'One line per phone, fax and extension: name<TAB>label<TAB>number (E.164 when known)'
emails\t'One line per email address: name<TAB>label<TAB>address'"
complete -c kard -n "__fish_kard_using_subcommand ls" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand ls" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand ls" -l favorites -d 'Only favorites'
complete -c kard -n "__fish_kard_using_subcommand ls" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand ls" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand ls" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kard -n "__fish_kard_using_subcommand ls" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand show" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand show" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand show" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand show" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand show" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand show" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand add" -l name -d 'Display name [default: built from the name parts]' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l prefix -d 'Name prefix (Dr., Ms.)' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l given -d 'Given (first) name' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l middle -d 'Middle name' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l family -d 'Family (last) name' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l suffix -d 'Name suffix (Jr., PhD)' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l nickname -d 'Nickname' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l org -d 'Organization (company)' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l department -d 'Department' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l title -d 'Job title' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l note -d 'A free-text note' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l birthday -d 'Birthday: YYYY-MM-DD, or --MM-DD without a year' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l label -d 'A label (group: vCard CATEGORIES, Google and Outlook labels; repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l address -d 'A postal address, optionally labeled: home:12 Elm St;Springfield;IL;62701;USA (street;locality;region;postal code;country, trailing parts may be left out; repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l phone -d 'A phone number, optionally labeled: mobile:+1 555 010 1234 (repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l email -d 'An email address, optionally labeled: work:robin@acme.example (repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l fax -d 'A fax number, optionally labeled (repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l url -d 'A web address (repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l remote -d 'Put it in this remote (`kard remote`) [default: the default remote, if any]' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand add" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand add" -l favorite -d 'Mark as a favorite'
complete -c kard -n "__fish_kard_using_subcommand add" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand add" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand add" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand add" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand add" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand edit" -l name -d 'Display name [default: built from the name parts]' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l prefix -d 'Name prefix (Dr., Ms.)' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l given -d 'Given (first) name' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l middle -d 'Middle name' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l family -d 'Family (last) name' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l suffix -d 'Name suffix (Jr., PhD)' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l nickname -d 'Nickname' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l org -d 'Organization (company)' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l department -d 'Department' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l title -d 'Job title' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l note -d 'A free-text note' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l birthday -d 'Birthday: YYYY-MM-DD, or --MM-DD without a year' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l label -d 'A label (group: vCard CATEGORIES, Google and Outlook labels; repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l address -d 'A postal address, optionally labeled: home:12 Elm St;Springfield;IL;62701;USA (street;locality;region;postal code;country, trailing parts may be left out; repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l add-phone -d 'Add a phone number, optionally labeled: mobile:+1 555 010 1234 (repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l remove-phone -d 'Remove a phone (any spelling of the number; repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l add-email -d 'Add an email address, optionally labeled: work:robin@acme.example (repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l remove-email -d 'Remove an email address (case aside; repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l add-fax -d 'Add a fax number, optionally labeled (repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l remove-fax -d 'Remove a fax number (any spelling; repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l remove-label -d 'Remove a label (case aside; repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l remove-address -d 'Remove the addresses with this label or street (case aside; repeatable)' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand edit" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand edit" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand edit" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand edit" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand edit" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand edit" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand delete" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand delete" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand delete" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand delete" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand delete" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand delete" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand delete" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand rm" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand rm" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand rm" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand rm" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand rm" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand rm" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand rm" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand favorite" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand favorite" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand favorite" -s r -l remove -d 'Unmark instead'
complete -c kard -n "__fish_kard_using_subcommand favorite" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand favorite" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand favorite" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand favorite" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand favorite" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand fav" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand fav" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand fav" -s r -l remove -d 'Unmark instead'
complete -c kard -n "__fish_kard_using_subcommand fav" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand fav" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand fav" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand fav" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand fav" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand import" -l format -d 'The files\' format (auto: detected from the content)' -r -f -a "auto\t''
vcard\t''
google\t''
outlook\t''
json\t''"
complete -c kard -n "__fish_kard_using_subcommand import" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand import" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand import" -l dry-run -d 'Report what would happen; change nothing'
complete -c kard -n "__fish_kard_using_subcommand import" -l strict -d 'Import nothing if any record is bad'
complete -c kard -n "__fish_kard_using_subcommand import" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand import" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand import" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand import" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand import" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand export" -l source -d 'Only contacts from this source (`personal` for your own contacts)' -r -f -a "personal\t''
company\t''
external\t''"
complete -c kard -n "__fish_kard_using_subcommand export" -l format -d 'Output format' -r -f -a "vcard\t'vCard 4.0'
vcard3\t'vCard 3.0 (for older address books)'
google\t'Google Contacts CSV'
outlook\t'Outlook CSV'
json\t'kard JSON (an array of cards; `kard import` reads it back)'"
complete -c kard -n "__fish_kard_using_subcommand export" -s o -l output -d 'Write to FILE (replaced whole, only once complete) instead of standard output (`-` is standard output)' -r -F
complete -c kard -n "__fish_kard_using_subcommand export" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand export" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand export" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand export" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand export" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kard -n "__fish_kard_using_subcommand export" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "get" -d 'Print a setting\'s value (exit 3 if unset)'
complete -c kard -n "__fish_kard_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "set" -d 'Change a setting'
complete -c kard -n "__fish_kard_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "unset" -d 'Remove a setting'
complete -c kard -n "__fish_kard_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "list" -d 'Every setting kard knows, with its value'
complete -c kard -n "__fish_kard_using_subcommand config; and not __fish_seen_subcommand_from get set unset list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from get" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from get" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from get" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from set" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from set" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from set" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from unset" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from unset" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from list" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a setting\'s value (exit 3 if unset)'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a setting'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every setting kard knows, with its value'
complete -c kard -n "__fish_kard_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -f -a "list" -d 'List the trash (the default)'
complete -c kard -n "__fish_kard_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -f -a "restore" -d 'Bring a deleted contact back, with all its fields and favorite flag'
complete -c kard -n "__fish_kard_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -f -a "empty" -d 'Remove everything in the trash for good (asks first)'
complete -c kard -n "__fish_kard_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from list" -l names -d 'Only the names, one a line, of contacts matching QUERY (for shell completion)' -r
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from list" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from restore" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from restore" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from restore" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from restore" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from empty" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from empty" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from empty" -s y -l yes -d 'Do not ask (needed when not at a terminal)'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from empty" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from empty" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from empty" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from empty" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from empty" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the trash (the default)'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Bring a deleted contact back, with all its fields and favorite flag'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from help" -f -a "empty" -d 'Remove everything in the trash for good (asks first)'
complete -c kard -n "__fish_kard_using_subcommand trash; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand directory; and not __fish_seen_subcommand_from sync status help" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand directory; and not __fish_seen_subcommand_from sync status help" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand directory; and not __fish_seen_subcommand_from sync status help" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand directory; and not __fish_seen_subcommand_from sync status help" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand directory; and not __fish_seen_subcommand_from sync status help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand directory; and not __fish_seen_subcommand_from sync status help" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand directory; and not __fish_seen_subcommand_from sync status help" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand directory; and not __fish_seen_subcommand_from sync status help" -f -a "sync" -d 'Load a directory file or LDAP server: the company\'s, or with --external another\'s'
complete -c kard -n "__fish_kard_using_subcommand directory; and not __fish_seen_subcommand_from sync status help" -f -a "status" -d 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)'
complete -c kard -n "__fish_kard_using_subcommand directory; and not __fish_seen_subcommand_from sync status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from sync" -l external -d 'Load it as this other company\'s directory instead of your company\'s' -r
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from sync" -l bind-dn -d 'LDAP: bind as this DN (anonymous without); the password comes from --password-command or KARD_LDAP_PASSWORD' -r
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from sync" -l password-command -d 'LDAP: a command (run without a shell) whose first line of output is the bind password' -r
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from sync" -l filter -d 'LDAP: the search filter [default: (|(objectClass=inetOrgPerson)(objectClass=user))]' -r
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from sync" -l map -d 'LDAP: read this attribute into this field, before the default map (repeatable). Fields: directory_id, display_name, given_name, family_name, email, department, location, title, extension, phone, mobile, fax, photo' -r
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from sync" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from sync" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from sync" -l dry-run -d 'Print what would be added, updated and removed; change nothing'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from sync" -l starttls -d 'LDAP: upgrade the connection with StartTLS before binding'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from sync" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from sync" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from status" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from status" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from status" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from status" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Load a directory file or LDAP server: the company\'s, or with --external another\'s'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "status" -d 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)'
complete -c kard -n "__fish_kard_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand dir; and not __fish_seen_subcommand_from sync status help" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand dir; and not __fish_seen_subcommand_from sync status help" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand dir; and not __fish_seen_subcommand_from sync status help" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand dir; and not __fish_seen_subcommand_from sync status help" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand dir; and not __fish_seen_subcommand_from sync status help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand dir; and not __fish_seen_subcommand_from sync status help" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand dir; and not __fish_seen_subcommand_from sync status help" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand dir; and not __fish_seen_subcommand_from sync status help" -f -a "sync" -d 'Load a directory file or LDAP server: the company\'s, or with --external another\'s'
complete -c kard -n "__fish_kard_using_subcommand dir; and not __fish_seen_subcommand_from sync status help" -f -a "status" -d 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)'
complete -c kard -n "__fish_kard_using_subcommand dir; and not __fish_seen_subcommand_from sync status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from sync" -l external -d 'Load it as this other company\'s directory instead of your company\'s' -r
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from sync" -l bind-dn -d 'LDAP: bind as this DN (anonymous without); the password comes from --password-command or KARD_LDAP_PASSWORD' -r
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from sync" -l password-command -d 'LDAP: a command (run without a shell) whose first line of output is the bind password' -r
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from sync" -l filter -d 'LDAP: the search filter [default: (|(objectClass=inetOrgPerson)(objectClass=user))]' -r
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from sync" -l map -d 'LDAP: read this attribute into this field, before the default map (repeatable). Fields: directory_id, display_name, given_name, family_name, email, department, location, title, extension, phone, mobile, fax, photo' -r
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from sync" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from sync" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from sync" -l dry-run -d 'Print what would be added, updated and removed; change nothing'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from sync" -l starttls -d 'LDAP: upgrade the connection with StartTLS before binding'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from sync" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from sync" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from status" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from status" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from status" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from status" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Load a directory file or LDAP server: the company\'s, or with --external another\'s'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from help" -f -a "status" -d 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)'
complete -c kard -n "__fish_kard_using_subcommand dir; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -f -a "show" -d 'Show your card, with the presence only you see (the default)'
complete -c kard -n "__fish_kard_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -f -a "set" -d 'Say which directory entry is you, or set your presence, status message or photo'
complete -c kard -n "__fish_kard_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from show" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from set" -l me -d 'The company directory entry that is you (name, email, extension, id:N…)' -r
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from set" -l presence -d 'available, busy, away, do_not_disturb, on_a_call, offline, or invisible (others see offline)' -r
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from set" -l message -d 'Your custom status message, e.g. "In a meeting"; empty to clear it' -r
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from set" -l photo -d 'Your photo: a JPEG or PNG file of at most 5 MB' -r -F
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from set" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from set" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from set" -l clear-photo -d 'Remove your photo'
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from set" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from set" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show your card, with the presence only you see (the default)'
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "set" -d 'Say which directory entry is you, or set your presence, status message or photo'
complete -c kard -n "__fish_kard_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand backup" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand backup" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand backup" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand backup" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand backup" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand backup" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand backup" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand restore" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand restore" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand restore" -s y -l yes -d 'Replace the store without asking'
complete -c kard -n "__fish_kard_using_subcommand restore" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand restore" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand restore" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand restore" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand restore" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand completions" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand completions" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand completions" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand completions" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand completions" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand completions" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand completions" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand block" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand block" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand block" -l calls -d 'As a caller (neither flag: calls and SMS)'
complete -c kard -n "__fish_kard_using_subcommand block" -l sms -d 'As an SMS sender (neither flag: calls and SMS)'
complete -c kard -n "__fish_kard_using_subcommand block" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand block" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand block" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand block" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand block" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand unblock" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand unblock" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand unblock" -l calls -d 'As a caller (neither flag: calls and SMS)'
complete -c kard -n "__fish_kard_using_subcommand unblock" -l sms -d 'As an SMS sender (neither flag: calls and SMS)'
complete -c kard -n "__fish_kard_using_subcommand unblock" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand unblock" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand unblock" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand unblock" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand unblock" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand blocked" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand blocked" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand blocked" -l calls -d 'Blocked as a caller'
complete -c kard -n "__fish_kard_using_subcommand blocked" -l sms -d 'Blocked as an SMS sender'
complete -c kard -n "__fish_kard_using_subcommand blocked" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand blocked" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand blocked" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand blocked" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand blocked" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand fax; and not __fish_seen_subcommand_from new list show send discard help" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand fax; and not __fish_seen_subcommand_from new list show send discard help" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand fax; and not __fish_seen_subcommand_from new list show send discard help" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand fax; and not __fish_seen_subcommand_from new list show send discard help" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand fax; and not __fish_seen_subcommand_from new list show send discard help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand fax; and not __fish_seen_subcommand_from new list show send discard help" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand fax; and not __fish_seen_subcommand_from new list show send discard help" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand fax; and not __fish_seen_subcommand_from new list show send discard help" -f -a "new" -d 'Make a draft for a contact\'s fax number, or for any number'
complete -c kard -n "__fish_kard_using_subcommand fax; and not __fish_seen_subcommand_from new list show send discard help" -f -a "list" -d 'List the drafts (the default)'
complete -c kard -n "__fish_kard_using_subcommand fax; and not __fish_seen_subcommand_from new list show send discard help" -f -a "show" -d 'Show a draft and its cover page'
complete -c kard -n "__fish_kard_using_subcommand fax; and not __fish_seen_subcommand_from new list show send discard help" -f -a "send" -d 'Send a draft with `config fax.command`'
complete -c kard -n "__fish_kard_using_subcommand fax; and not __fish_seen_subcommand_from new list show send discard help" -f -a "discard" -d 'Throw a draft away'
complete -c kard -n "__fish_kard_using_subcommand fax; and not __fish_seen_subcommand_from new list show send discard help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from new" -l to -d 'Which of the contact\'s fax numbers [default: the first]' -r
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from new" -l subject -r
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from new" -l note -d 'A note for the cover page' -r
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from new" -l attach -d 'A file to send (repeatable); it must exist and be readable' -r -F
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from new" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from new" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from new" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from new" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from new" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from list" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from show" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from show" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from send" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from send" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from send" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from send" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from discard" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from discard" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from discard" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from discard" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from discard" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from discard" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from discard" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from help" -f -a "new" -d 'Make a draft for a contact\'s fax number, or for any number'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the drafts (the default)'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a draft and its cover page'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send a draft with `config fax.command`'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from help" -f -a "discard" -d 'Throw a draft away'
complete -c kard -n "__fish_kard_using_subcommand fax; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand call" -l account -d 'Which of a colleague\'s two accounts to reach: work or contact_center' -r
complete -c kard -n "__fish_kard_using_subcommand call" -l label -d 'Which phone, by its label (mobile, work, …)' -r
complete -c kard -n "__fish_kard_using_subcommand call" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand call" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand call" -l print -d 'Print the URI instead of running the handler'
complete -c kard -n "__fish_kard_using_subcommand call" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand call" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand call" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand call" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand call" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand chat" -l account -d 'Which of a colleague\'s two accounts to reach: work or contact_center' -r
complete -c kard -n "__fish_kard_using_subcommand chat" -l label -d 'Which phone, by its label (mobile, work, …)' -r
complete -c kard -n "__fish_kard_using_subcommand chat" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand chat" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand chat" -l print -d 'Print the URI instead of running the handler'
complete -c kard -n "__fish_kard_using_subcommand chat" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand chat" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand chat" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand chat" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand chat" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand meet" -l account -d 'Which of a colleague\'s two accounts to reach: work or contact_center' -r
complete -c kard -n "__fish_kard_using_subcommand meet" -l label -d 'Which phone, by its label (mobile, work, …)' -r
complete -c kard -n "__fish_kard_using_subcommand meet" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand meet" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand meet" -l print -d 'Print the URI instead of running the handler'
complete -c kard -n "__fish_kard_using_subcommand meet" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand meet" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand meet" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand meet" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand meet" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand birthdays" -l within -d 'How many days ahead to look (0: today only)' -r
complete -c kard -n "__fish_kard_using_subcommand birthdays" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand birthdays" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand birthdays" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand birthdays" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand birthdays" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand birthdays" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand birthdays" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand duplicates" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand duplicates" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand duplicates" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand duplicates" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand duplicates" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand duplicates" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand duplicates" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand dupes" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand dupes" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand dupes" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand dupes" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand dupes" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand dupes" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand dupes" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand merge" -l into -d 'The contact that stays (its single fields win) [default: the first]' -r
complete -c kard -n "__fish_kard_using_subcommand merge" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand merge" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand merge" -l dry-run -d 'Show the merged card, change nothing'
complete -c kard -n "__fish_kard_using_subcommand merge" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand merge" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand merge" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand merge" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand merge" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand remote; and not __fish_seen_subcommand_from add list show remove help" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand remote; and not __fish_seen_subcommand_from add list show remove help" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand remote; and not __fish_seen_subcommand_from add list show remove help" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand remote; and not __fish_seen_subcommand_from add list show remove help" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand remote; and not __fish_seen_subcommand_from add list show remove help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand remote; and not __fish_seen_subcommand_from add list show remove help" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand remote; and not __fish_seen_subcommand_from add list show remove help" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand remote; and not __fish_seen_subcommand_from add list show remove help" -f -a "add" -d 'Add a CardDAV address book (http(s)://…, a server or principal URL is enough) or a vdir folder (vdir:PATH)'
complete -c kard -n "__fish_kard_using_subcommand remote; and not __fish_seen_subcommand_from add list show remove help" -f -a "list" -d 'List the remotes (the default)'
complete -c kard -n "__fish_kard_using_subcommand remote; and not __fish_seen_subcommand_from add list show remove help" -f -a "show" -d 'Show one remote'
complete -c kard -n "__fish_kard_using_subcommand remote; and not __fish_seen_subcommand_from add list show remove help" -f -a "remove" -d 'Remove a remote; its contacts go to the trash unless --keep-contacts'
complete -c kard -n "__fish_kard_using_subcommand remote; and not __fish_seen_subcommand_from add list show remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from add" -l user -d 'User name for HTTP Basic authentication' -r
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from add" -l password-command -d 'A command that prints the password (run without a shell; first line)' -r
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from add" -l book -d 'Which address book, when the server has several (name or URL)' -r
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from add" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from add" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from add" -l default -d 'New contacts go to this remote'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from add" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from add" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from list" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from list" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from show" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from show" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from remove" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from remove" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from remove" -l keep-contacts -d 'Keep its contacts, as local-only contacts'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from remove" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from remove" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a CardDAV address book (http(s)://…, a server or principal URL is enough) or a vdir folder (vdir:PATH)'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the remotes (the default)'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one remote'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a remote; its contacts go to the trash unless --keep-contacts'
complete -c kard -n "__fish_kard_using_subcommand remote; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand sync" -l prefer -d 'Which side wins a field changed differently on both' -r -f -a "server\t''
local\t''"
complete -c kard -n "__fish_kard_using_subcommand sync" -l db -d 'The store file [default: $XDG_DATA_HOME/kard/kard.db]' -r -F
complete -c kard -n "__fish_kard_using_subcommand sync" -l region -d 'Default region for numbers without a country code [default: config region, else US]' -r
complete -c kard -n "__fish_kard_using_subcommand sync" -l dry-run -d 'Report what would happen; change nothing on either side'
complete -c kard -n "__fish_kard_using_subcommand sync" -l json -d 'Print data as JSON (same as --format json)'
complete -c kard -n "__fish_kard_using_subcommand sync" -l no-color -d 'Never use colors (also: NO_COLOR set in the environment)'
complete -c kard -n "__fish_kard_using_subcommand sync" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kard -n "__fish_kard_using_subcommand sync" -s h -l help -d 'Print help'
complete -c kard -n "__fish_kard_using_subcommand sync" -s V -l version -d 'Print version'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "list" -d 'List contacts, sorted by name; QUERY searches names, organizations, emails, numbers'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "show" -d 'Show a contact\'s card, or a card for a phone number no contact has'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "add" -d 'Add a personal contact and print its card'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "edit" -d 'Change a personal contact (no change flags: edit it in $EDITOR)'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "delete" -d 'Move personal contacts to the trash'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "favorite" -d 'Mark a contact as a favorite (or unmark it with --remove)'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "import" -d 'Import vCard, Google CSV, Outlook CSV or kard JSON files into personal contacts'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "export" -d 'Export contacts as vCard, Google CSV, Outlook CSV or JSON'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "config" -d 'Read or change settings kept in the store'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "trash" -d 'The trash: list deleted contacts, restore one, or empty it'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "directory" -d 'Load the company directory (or another company\'s) from a file, all or nothing'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "profile" -d 'Your own card: which directory entry is you, your presence, message and photo'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "backup" -d 'Write a consistent copy of the store (safe while kard is in use)'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "restore" -d 'Replace the store with a copy made by `kard backup`'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "block" -d 'Block a spam caller and/or SMS sender (neither flag: both)'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "unblock" -d 'Unblock a caller and/or SMS sender (neither flag: whatever is blocked)'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "blocked" -d 'The block list; with NUMBER, exit 0 if it is blocked and 3 if not'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "fax" -d 'Fax drafts: new, list, show, send, discard'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "call" -d 'Call a contact or number: its tel: URI, printed or given to handler.call'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "chat" -d 'Chat with a contact or number: its sms: URI, printed or given to handler.chat'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "meet" -d 'Meet a contact: the link from meet.url, printed or given to handler.meet'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "birthdays" -d 'Upcoming birthdays (the next 30 days), soonest first, with the age turned'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "duplicates" -d 'Groups of personal contacts that are probably one person, each with the reason'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "merge" -d 'Make several personal contacts one, keeping every value; the rest go to the trash'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "remote" -d 'Places personal contacts also live: CardDAV address books and vdir folders'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "sync" -d 'Two-way sync with every (or the named) remote'
complete -c kard -n "__fish_kard_using_subcommand help; and not __fish_seen_subcommand_from list show add edit delete favorite import export config trash directory profile backup restore completions block unblock blocked fax call chat meet birthdays duplicates merge remote sync help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print a setting\'s value (exit 3 if unset)'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change a setting'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a setting'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'Every setting kard knows, with its value'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from trash" -f -a "list" -d 'List the trash (the default)'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from trash" -f -a "restore" -d 'Bring a deleted contact back, with all its fields and favorite flag'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from trash" -f -a "empty" -d 'Remove everything in the trash for good (asks first)'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "sync" -d 'Load a directory file or LDAP server: the company\'s, or with --external another\'s'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "status" -d 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show your card, with the presence only you see (the default)'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Say which directory entry is you, or set your presence, status message or photo'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from fax" -f -a "new" -d 'Make a draft for a contact\'s fax number, or for any number'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from fax" -f -a "list" -d 'List the drafts (the default)'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from fax" -f -a "show" -d 'Show a draft and its cover page'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from fax" -f -a "send" -d 'Send a draft with `config fax.command`'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from fax" -f -a "discard" -d 'Throw a draft away'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "add" -d 'Add a CardDAV address book (http(s)://…, a server or principal URL is enough) or a vdir folder (vdir:PATH)'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "list" -d 'List the remotes (the default)'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "show" -d 'Show one remote'
complete -c kard -n "__fish_kard_using_subcommand help; and __fish_seen_subcommand_from remote" -f -a "remove" -d 'Remove a remote; its contacts go to the trash unless --keep-contacts'

# Contact names for commands that take a contact.
complete -c kard -n "__fish_seen_subcommand_from show edit delete rm favorite fav call chat meet" -f -a "(kard list --format names -- (commandline -ct) 2>/dev/null)"
complete -c kard -n "__fish_seen_subcommand_from fax; and __fish_seen_subcommand_from new" -f -a "(kard list --format names -- (commandline -ct) 2>/dev/null)"
complete -c kard -n "__fish_seen_subcommand_from trash; and __fish_seen_subcommand_from restore" -f -a "(kard trash list --names (commandline -ct) 2>/dev/null)"
