
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
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the store (safe while kard is in use)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the store with a copy made by `kard backup`')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;list' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only contacts from this source')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind of entry')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Only this department (exact, case-insensitive)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Only this location (exact, case-insensitive)')
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
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'prefix')
            [CompletionResult]::new('--given', '--given', [CompletionResultType]::ParameterName, 'Given (first) name')
            [CompletionResult]::new('--middle', '--middle', [CompletionResultType]::ParameterName, 'middle')
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Family (last) name')
            [CompletionResult]::new('--suffix', '--suffix', [CompletionResultType]::ParameterName, 'suffix')
            [CompletionResult]::new('--nickname', '--nickname', [CompletionResultType]::ParameterName, 'nickname')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization (company)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'department')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Job title')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'A phone number, optionally labeled: mobile:+1 555 010 1234 (repeatable)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'An email address, optionally labeled: work:robin@acme.example (repeatable)')
            [CompletionResult]::new('--fax', '--fax', [CompletionResultType]::ParameterName, 'A fax number, optionally labeled (repeatable)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'A web address (repeatable)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'note')
            [CompletionResult]::new('--birthday', '--birthday', [CompletionResultType]::ParameterName, 'YYYY-MM-DD, or --MM-DD without a year')
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
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New display name')
            [CompletionResult]::new('--given', '--given', [CompletionResultType]::ParameterName, 'given')
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'family')
            [CompletionResult]::new('--nickname', '--nickname', [CompletionResultType]::ParameterName, 'nickname')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'org')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'department')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'title')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'note')
            [CompletionResult]::new('--birthday', '--birthday', [CompletionResultType]::ParameterName, 'YYYY-MM-DD or --MM-DD; empty to remove')
            [CompletionResult]::new('--add-phone', '--add-phone', [CompletionResultType]::ParameterName, 'add-phone')
            [CompletionResult]::new('--remove-phone', '--remove-phone', [CompletionResultType]::ParameterName, 'Remove a phone (any spelling of the number)')
            [CompletionResult]::new('--add-email', '--add-email', [CompletionResultType]::ParameterName, 'add-email')
            [CompletionResult]::new('--remove-email', '--remove-email', [CompletionResultType]::ParameterName, 'remove-email')
            [CompletionResult]::new('--add-fax', '--add-fax', [CompletionResultType]::ParameterName, 'add-fax')
            [CompletionResult]::new('--remove-fax', '--remove-fax', [CompletionResultType]::ParameterName, 'remove-fax')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The files'' format [default: detected from the content]')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE (replaced whole, only once complete) instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (replaced whole, only once complete) instead of standard output')
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
            [CompletionResult]::new('empty', 'empty', [CompletionResultType]::ParameterValue, 'Remove everything in the trash for good')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kard;trash;list' {
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
            [CompletionResult]::new('empty', 'empty', [CompletionResultType]::ParameterValue, 'Remove everything in the trash for good')
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
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the store (safe while kard is in use)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the store with a copy made by `kard backup`')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
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
            [CompletionResult]::new('empty', 'empty', [CompletionResultType]::ParameterValue, 'Remove everything in the trash for good')
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
        'kard;help;backup' {
            break
        }
        'kard;help;restore' {
            break
        }
        'kard;help;completions' {
            break
        }
        'kard;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
