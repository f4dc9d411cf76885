
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'kard' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'kard'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'kard' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contacts, sorted by name; QUERY searches names, organizations, emails, numbers')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List contacts, sorted by name; QUERY searches names, organizations, emails, numbers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a contact''s card, or a card for a phone number no contact has')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a personal contact and print its card')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a personal contact (no change flags: edit it in $EDITOR)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Move personal contacts to the trash')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Move personal contacts to the trash')
            [CompletionResult]::new('favorite', 'favorite', [CompletionResultType]::ParameterValue, 'Mark a contact as a favorite (or unmark it with --remove)')
            [CompletionResult]::new('fav', 'fav', [CompletionResultType]::ParameterValue, 'Mark a contact as a favorite (or unmark it with --remove)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import vCard, Google CSV, Outlook CSV or kard JSON files into personal contacts')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export contacts as vCard, Google CSV, Outlook CSV or JSON')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read or change settings kept in the store')
            [CompletionResult]::new('trash', 'trash', [CompletionResultType]::ParameterValue, 'The trash: list deleted contacts, restore one, or empty it')
            [CompletionResult]::new('directory', 'directory', [CompletionResultType]::ParameterValue, 'Load the company directory (or another company''s) from a file, all or nothing')
            [CompletionResult]::new('dir', 'dir', [CompletionResultType]::ParameterValue, 'Load the company directory (or another company''s) from a file, all or nothing')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Your own card: which directory entry is you, your presence, message and photo')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the store (safe while kard is in use)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the store with a copy made by `kard backup`')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block a spam caller and/or SMS sender (neither flag: both)')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock a caller and/or SMS sender (neither flag: whatever is blocked)')
            [CompletionResult]::new('blocked', 'blocked', [CompletionResultType]::ParameterValue, 'The block list; with NUMBER, exit 0 if it is blocked and 3 if not')
            [CompletionResult]::new('fax', 'fax', [CompletionResultType]::ParameterValue, 'Fax drafts: new, list, show, send, discard')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call a contact or number: its tel: URI, printed or given to handler.call')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Chat with a contact or number: its sms: URI, printed or given to handler.chat')
            [CompletionResult]::new('meet', 'meet', [CompletionResultType]::ParameterValue, 'Meet a contact: the link from meet.url, printed or given to handler.meet')
            [CompletionResult]::new('birthdays', 'birthdays', [CompletionResultType]::ParameterValue, 'Upcoming birthdays (the next 30 days), soonest first, with the age turned')
            [CompletionResult]::new('duplicates', 'duplicates', [CompletionResultType]::ParameterValue, 'Groups of personal contacts that are probably one person, each with the reason')
            [CompletionResult]::new('dupes', 'dupes', [CompletionResultType]::ParameterValue, 'Groups of personal contacts that are probably one person, each with the reason')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Make several personal contacts one, keeping every value; the rest go to the trash')
            [CompletionResult]::new('remote', 'remote', [CompletionResultType]::ParameterValue, 'Places personal contacts also live: CardDAV address books and vdir folders')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Two-way sync with every (or the named) remote')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;list' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only contacts from this source')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind of entry')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Only this department (exact, case-insensitive)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Only this location (exact, case-insensitive)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Only contacts carrying this label (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the list')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N contacts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table, or json with --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--favorites', '--favorites', [CompletionResultType]::ParameterName, 'Only favorites')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;ls' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only contacts from this source')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind of entry')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Only this department (exact, case-insensitive)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Only this location (exact, case-insensitive)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Only contacts carrying this label (case-insensitive)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the list')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N contacts')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table, or json with --json]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--favorites', '--favorites', [CompletionResultType]::ParameterName, 'Only favorites')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name [default: built from the name parts]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Name prefix (Dr., Ms.)')
            [CompletionResult]::new('--given', '--given', [CompletionResultType]::ParameterName, 'Given (first) name')
            [CompletionResult]::new('--middle', '--middle', [CompletionResultType]::ParameterName, 'Middle name')
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Family (last) name')
            [CompletionResult]::new('--suffix', '--suffix', [CompletionResultType]::ParameterName, 'Name suffix (Jr., PhD)')
            [CompletionResult]::new('--nickname', '--nickname', [CompletionResultType]::ParameterName, 'Nickname')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization (company)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Job title')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A free-text note')
            [CompletionResult]::new('--birthday', '--birthday', [CompletionResultType]::ParameterName, 'Birthday: YYYY-MM-DD, or --MM-DD without a year')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A label (group: vCard CATEGORIES, Google and Outlook labels; repeatable)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'A postal address, optionally labeled: home:12 Elm St;Springfield;IL;62701;USA (street;locality;region;postal code;country, trailing parts may be left out; repeatable)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'A phone number, optionally labeled: mobile:+1 555 010 1234 (repeatable)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'An email address, optionally labeled: work:robin@acme.example (repeatable)')
            [CompletionResult]::new('--fax', '--fax', [CompletionResultType]::ParameterName, 'A fax number, optionally labeled (repeatable)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'A web address (repeatable)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Put it in this remote (`kard remote`) [default: the default remote, if any]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--favorite', '--favorite', [CompletionResultType]::ParameterName, 'Mark as a favorite')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name [default: built from the name parts]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Name prefix (Dr., Ms.)')
            [CompletionResult]::new('--given', '--given', [CompletionResultType]::ParameterName, 'Given (first) name')
            [CompletionResult]::new('--middle', '--middle', [CompletionResultType]::ParameterName, 'Middle name')
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Family (last) name')
            [CompletionResult]::new('--suffix', '--suffix', [CompletionResultType]::ParameterName, 'Name suffix (Jr., PhD)')
            [CompletionResult]::new('--nickname', '--nickname', [CompletionResultType]::ParameterName, 'Nickname')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization (company)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Job title')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A free-text note')
            [CompletionResult]::new('--birthday', '--birthday', [CompletionResultType]::ParameterName, 'Birthday: YYYY-MM-DD, or --MM-DD without a year')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A label (group: vCard CATEGORIES, Google and Outlook labels; repeatable)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'A postal address, optionally labeled: home:12 Elm St;Springfield;IL;62701;USA (street;locality;region;postal code;country, trailing parts may be left out; repeatable)')
            [CompletionResult]::new('--add-phone', '--add-phone', [CompletionResultType]::ParameterName, 'Add a phone number, optionally labeled: mobile:+1 555 010 1234 (repeatable)')
            [CompletionResult]::new('--remove-phone', '--remove-phone', [CompletionResultType]::ParameterName, 'Remove a phone (any spelling of the number; repeatable)')
            [CompletionResult]::new('--add-email', '--add-email', [CompletionResultType]::ParameterName, 'Add an email address, optionally labeled: work:robin@acme.example (repeatable)')
            [CompletionResult]::new('--remove-email', '--remove-email', [CompletionResultType]::ParameterName, 'Remove an email address (case aside; repeatable)')
            [CompletionResult]::new('--add-fax', '--add-fax', [CompletionResultType]::ParameterName, 'Add a fax number, optionally labeled (repeatable)')
            [CompletionResult]::new('--remove-fax', '--remove-fax', [CompletionResultType]::ParameterName, 'Remove a fax number (any spelling; repeatable)')
            [CompletionResult]::new('--remove-label', '--remove-label', [CompletionResultType]::ParameterName, 'Remove a label (case aside; repeatable)')
            [CompletionResult]::new('--remove-address', '--remove-address', [CompletionResultType]::ParameterName, 'Remove the addresses with this label or street (case aside; repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;rm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;favorite' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Unmark instead')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Unmark instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;fav' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Unmark instead')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Unmark instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The files'' format (auto: detected from the content)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen; change nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Import nothing if any record is bad')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;export' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only contacts from this source (`personal` for your own contacts)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE (replaced whole, only once complete) instead of standard output (`-` is standard output)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (replaced whole, only once complete) instead of standard output (`-` is standard output)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a setting''s value (exit 3 if unset)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting kard knows, with its value')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;config;get' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;config;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;config;unset' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;config;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a setting''s value (exit 3 if unset)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting kard knows, with its value')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;config;help;get' {
            break
        }
        'kard;config;help;set' {
            break
        }
        'kard;config;help;unset' {
            break
        }
        'kard;config;help;list' {
            break
        }
        'kard;config;help;help' {
            break
        }
        'kard;trash' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the trash (the default)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring a deleted contact back, with all its fields and favorite flag')
            [CompletionResult]::new('empty', 'empty', [CompletionResultType]::ParameterValue, 'Remove everything in the trash for good (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;trash;list' {
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'Only the names, one a line, of contacts matching QUERY (for shell completion)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;trash;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;trash;empty' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask (needed when not at a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask (needed when not at a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;trash;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the trash (the default)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring a deleted contact back, with all its fields and favorite flag')
            [CompletionResult]::new('empty', 'empty', [CompletionResultType]::ParameterValue, 'Remove everything in the trash for good (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;trash;help;list' {
            break
        }
        'kard;trash;help;restore' {
            break
        }
        'kard;trash;help;empty' {
            break
        }
        'kard;trash;help;help' {
            break
        }
        'kard;directory' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Load a directory file or LDAP server: the company''s, or with --external another''s')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;dir' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Load a directory file or LDAP server: the company''s, or with --external another''s')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;directory;sync' {
            [CompletionResult]::new('--external', '--external', [CompletionResultType]::ParameterName, 'Load it as this other company''s directory instead of your company''s')
            [CompletionResult]::new('--bind-dn', '--bind-dn', [CompletionResultType]::ParameterName, 'LDAP: bind as this DN (anonymous without); the password comes from --password-command or KARD_LDAP_PASSWORD')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'LDAP: a command (run without a shell) whose first line of output is the bind password')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'LDAP: the search filter [default: (|(objectClass=inetOrgPerson)(objectClass=user))]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'LDAP: read this attribute into this field, before the default map (repeatable). Fields: directory_id, display_name, given_name, family_name, email, department, location, title, extension, phone, mobile, fax, photo')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be added, updated and removed; change nothing')
            [CompletionResult]::new('--starttls', '--starttls', [CompletionResultType]::ParameterName, 'LDAP: upgrade the connection with StartTLS before binding')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;dir;sync' {
            [CompletionResult]::new('--external', '--external', [CompletionResultType]::ParameterName, 'Load it as this other company''s directory instead of your company''s')
            [CompletionResult]::new('--bind-dn', '--bind-dn', [CompletionResultType]::ParameterName, 'LDAP: bind as this DN (anonymous without); the password comes from --password-command or KARD_LDAP_PASSWORD')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'LDAP: a command (run without a shell) whose first line of output is the bind password')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'LDAP: the search filter [default: (|(objectClass=inetOrgPerson)(objectClass=user))]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'LDAP: read this attribute into this field, before the default map (repeatable). Fields: directory_id, display_name, given_name, family_name, email, department, location, title, extension, phone, mobile, fax, photo')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be added, updated and removed; change nothing')
            [CompletionResult]::new('--starttls', '--starttls', [CompletionResultType]::ParameterName, 'LDAP: upgrade the connection with StartTLS before binding')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;directory;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;dir;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;directory;help' {
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Load a directory file or LDAP server: the company''s, or with --external another''s')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;directory;help;sync' {
            break
        }
        'kard;directory;help;status' {
            break
        }
        'kard;directory;help;help' {
            break
        }
        'kard;dir;help' {
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Load a directory file or LDAP server: the company''s, or with --external another''s')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;dir;help;sync' {
            break
        }
        'kard;dir;help;status' {
            break
        }
        'kard;dir;help;help' {
            break
        }
        'kard;profile' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show your card, with the presence only you see (the default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Say which directory entry is you, or set your presence, status message or photo')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;profile;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;profile;set' {
            [CompletionResult]::new('--me', '--me', [CompletionResultType]::ParameterName, 'The company directory entry that is you (name, email, extension, id:N…)')
            [CompletionResult]::new('--presence', '--presence', [CompletionResultType]::ParameterName, 'available, busy, away, do_not_disturb, on_a_call, offline, or invisible (others see offline)')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Your custom status message, e.g. "In a meeting"; empty to clear it')
            [CompletionResult]::new('--photo', '--photo', [CompletionResultType]::ParameterName, 'Your photo: a JPEG or PNG file of at most 5 MB')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--clear-photo', '--clear-photo', [CompletionResultType]::ParameterName, 'Remove your photo')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;profile;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show your card, with the presence only you see (the default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Say which directory entry is you, or set your presence, status message or photo')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;profile;help;show' {
            break
        }
        'kard;profile;help;set' {
            break
        }
        'kard;profile;help;help' {
            break
        }
        'kard;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Replace the store without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Replace the store without asking')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;block' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--calls', '--calls', [CompletionResultType]::ParameterName, 'As a caller (neither flag: calls and SMS)')
            [CompletionResult]::new('--sms', '--sms', [CompletionResultType]::ParameterName, 'As an SMS sender (neither flag: calls and SMS)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;unblock' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--calls', '--calls', [CompletionResultType]::ParameterName, 'As a caller (neither flag: calls and SMS)')
            [CompletionResult]::new('--sms', '--sms', [CompletionResultType]::ParameterName, 'As an SMS sender (neither flag: calls and SMS)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;blocked' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--calls', '--calls', [CompletionResultType]::ParameterName, 'Blocked as a caller')
            [CompletionResult]::new('--sms', '--sms', [CompletionResultType]::ParameterName, 'Blocked as an SMS sender')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;fax' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Make a draft for a contact''s fax number, or for any number')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the drafts (the default)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a draft and its cover page')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a draft with `config fax.command`')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'Throw a draft away')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;fax;new' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Which of the contact''s fax numbers [default: the first]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'subject')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the cover page')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'A file to send (repeatable); it must exist and be readable')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;fax;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;fax;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;fax;send' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;fax;discard' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;fax;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Make a draft for a contact''s fax number, or for any number')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the drafts (the default)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a draft and its cover page')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a draft with `config fax.command`')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'Throw a draft away')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;fax;help;new' {
            break
        }
        'kard;fax;help;list' {
            break
        }
        'kard;fax;help;show' {
            break
        }
        'kard;fax;help;send' {
            break
        }
        'kard;fax;help;discard' {
            break
        }
        'kard;fax;help;help' {
            break
        }
        'kard;call' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Which of a colleague''s two accounts to reach: work or contact_center')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Which phone, by its label (mobile, work, …)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--print', '--print', [CompletionResultType]::ParameterName, 'Print the URI instead of running the handler')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;chat' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Which of a colleague''s two accounts to reach: work or contact_center')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Which phone, by its label (mobile, work, …)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--print', '--print', [CompletionResultType]::ParameterName, 'Print the URI instead of running the handler')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;meet' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Which of a colleague''s two accounts to reach: work or contact_center')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Which phone, by its label (mobile, work, …)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--print', '--print', [CompletionResultType]::ParameterName, 'Print the URI instead of running the handler')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;birthdays' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'How many days ahead to look (0: today only)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;duplicates' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;dupes' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;merge' {
            [CompletionResult]::new('--into', '--into', [CompletionResultType]::ParameterName, 'The contact that stays (its single fields win) [default: the first]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the merged card, change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;remote' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a CardDAV address book (http(s)://…, a server or principal URL is enough) or a vdir folder (vdir:PATH)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the remotes (the default)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one remote')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a remote; its contacts go to the trash unless --keep-contacts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;remote;add' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User name for HTTP Basic authentication')
            [CompletionResult]::new('--password-command', '--password-command', [CompletionResultType]::ParameterName, 'A command that prints the password (run without a shell; first line)')
            [CompletionResult]::new('--book', '--book', [CompletionResultType]::ParameterName, 'Which address book, when the server has several (name or URL)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'New contacts go to this remote')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;remote;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;remote;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;remote;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--keep-contacts', '--keep-contacts', [CompletionResultType]::ParameterName, 'Keep its contacts, as local-only contacts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;remote;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a CardDAV address book (http(s)://…, a server or principal URL is enough) or a vdir folder (vdir:PATH)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the remotes (the default)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one remote')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a remote; its contacts go to the trash unless --keep-contacts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;remote;help;add' {
            break
        }
        'kard;remote;help;list' {
            break
        }
        'kard;remote;help;show' {
            break
        }
        'kard;remote;help;remove' {
            break
        }
        'kard;remote;help;help' {
            break
        }
        'kard;sync' {
            [CompletionResult]::new('--prefer', '--prefer', [CompletionResultType]::ParameterName, 'Which side wins a field changed differently on both')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The store file [default: $XDG_DATA_HOME/kard/kard.db]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Default region for numbers without a country code [default: config region, else US]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would happen; change nothing on either side')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print data as JSON (same as --format json)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colors (also: NO_COLOR set in the environment)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kard;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contacts, sorted by name; QUERY searches names, organizations, emails, numbers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a contact''s card, or a card for a phone number no contact has')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a personal contact and print its card')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a personal contact (no change flags: edit it in $EDITOR)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Move personal contacts to the trash')
            [CompletionResult]::new('favorite', 'favorite', [CompletionResultType]::ParameterValue, 'Mark a contact as a favorite (or unmark it with --remove)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import vCard, Google CSV, Outlook CSV or kard JSON files into personal contacts')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export contacts as vCard, Google CSV, Outlook CSV or JSON')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read or change settings kept in the store')
            [CompletionResult]::new('trash', 'trash', [CompletionResultType]::ParameterValue, 'The trash: list deleted contacts, restore one, or empty it')
            [CompletionResult]::new('directory', 'directory', [CompletionResultType]::ParameterValue, 'Load the company directory (or another company''s) from a file, all or nothing')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Your own card: which directory entry is you, your presence, message and photo')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the store (safe while kard is in use)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the store with a copy made by `kard backup`')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block a spam caller and/or SMS sender (neither flag: both)')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock a caller and/or SMS sender (neither flag: whatever is blocked)')
            [CompletionResult]::new('blocked', 'blocked', [CompletionResultType]::ParameterValue, 'The block list; with NUMBER, exit 0 if it is blocked and 3 if not')
            [CompletionResult]::new('fax', 'fax', [CompletionResultType]::ParameterValue, 'Fax drafts: new, list, show, send, discard')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call a contact or number: its tel: URI, printed or given to handler.call')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Chat with a contact or number: its sms: URI, printed or given to handler.chat')
            [CompletionResult]::new('meet', 'meet', [CompletionResultType]::ParameterValue, 'Meet a contact: the link from meet.url, printed or given to handler.meet')
            [CompletionResult]::new('birthdays', 'birthdays', [CompletionResultType]::ParameterValue, 'Upcoming birthdays (the next 30 days), soonest first, with the age turned')
            [CompletionResult]::new('duplicates', 'duplicates', [CompletionResultType]::ParameterValue, 'Groups of personal contacts that are probably one person, each with the reason')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Make several personal contacts one, keeping every value; the rest go to the trash')
            [CompletionResult]::new('remote', 'remote', [CompletionResultType]::ParameterValue, 'Places personal contacts also live: CardDAV address books and vdir folders')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Two-way sync with every (or the named) remote')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;help;list' {
            break
        }
        'kard;help;show' {
            break
        }
        'kard;help;add' {
            break
        }
        'kard;help;edit' {
            break
        }
        'kard;help;delete' {
            break
        }
        'kard;help;favorite' {
            break
        }
        'kard;help;import' {
            break
        }
        'kard;help;export' {
            break
        }
        'kard;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a setting''s value (exit 3 if unset)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every setting kard knows, with its value')
            break
        }
        'kard;help;config;get' {
            break
        }
        'kard;help;config;set' {
            break
        }
        'kard;help;config;unset' {
            break
        }
        'kard;help;config;list' {
            break
        }
        'kard;help;trash' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the trash (the default)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring a deleted contact back, with all its fields and favorite flag')
            [CompletionResult]::new('empty', 'empty', [CompletionResultType]::ParameterValue, 'Remove everything in the trash for good (asks first)')
            break
        }
        'kard;help;trash;list' {
            break
        }
        'kard;help;trash;restore' {
            break
        }
        'kard;help;trash;empty' {
            break
        }
        'kard;help;directory' {
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Load a directory file or LDAP server: the company''s, or with --external another''s')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The loaded directories: from which file or LDAP URL, when, and how many entries (the default)')
            break
        }
        'kard;help;directory;sync' {
            break
        }
        'kard;help;directory;status' {
            break
        }
        'kard;help;profile' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show your card, with the presence only you see (the default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Say which directory entry is you, or set your presence, status message or photo')
            break
        }
        'kard;help;profile;show' {
            break
        }
        'kard;help;profile;set' {
            break
        }
        'kard;help;backup' {
            break
        }
        'kard;help;restore' {
            break
        }
        'kard;help;completions' {
            break
        }
        'kard;help;block' {
            break
        }
        'kard;help;unblock' {
            break
        }
        'kard;help;blocked' {
            break
        }
        'kard;help;fax' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Make a draft for a contact''s fax number, or for any number')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the drafts (the default)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a draft and its cover page')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a draft with `config fax.command`')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'Throw a draft away')
            break
        }
        'kard;help;fax;new' {
            break
        }
        'kard;help;fax;list' {
            break
        }
        'kard;help;fax;show' {
            break
        }
        'kard;help;fax;send' {
            break
        }
        'kard;help;fax;discard' {
            break
        }
        'kard;help;call' {
            break
        }
        'kard;help;chat' {
            break
        }
        'kard;help;meet' {
            break
        }
        'kard;help;birthdays' {
            break
        }
        'kard;help;duplicates' {
            break
        }
        'kard;help;merge' {
            break
        }
        'kard;help;remote' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a CardDAV address book (http(s)://…, a server or principal URL is enough) or a vdir folder (vdir:PATH)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the remotes (the default)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one remote')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a remote; its contacts go to the trash unless --keep-contacts')
            break
        }
        'kard;help;remote;add' {
            break
        }
        'kard;help;remote;list' {
            break
        }
        'kard;help;remote;show' {
            break
        }
        'kard;help;remote;remove' {
            break
        }
        'kard;help;sync' {
            break
        }
        'kard;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
