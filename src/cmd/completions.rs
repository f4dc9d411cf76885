//! `kard completions`: shell completion scripts, generated from the clap definition.
//! The same files are committed in `completions/` (a test keeps them current).

use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;
use std::io::Write;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard completions bash > ~/.local/share/bash-completion/completions/kard\n  \
    kard completions zsh > ~/.zfunc/_kard\n  kard completions fish > ~/.config/fish/completions/kard.fish"
)]
pub struct Args {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Subcommands whose first argument is a contact: their completion offers contact names.
const CONTACT_COMMANDS: &str = "show edit delete rm favorite fav call chat meet";

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut cmd = crate::cli::Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "kard", &mut buf);
    // Contact names from the store, where the shell lets a script ask for them.
    match shell {
        Shell::Bash => {
            let _ = write!(
                buf,
                r#"
# Contact names for commands that take a contact: asked of kard itself, which matches
# them as every name search does (word prefixes, case and accents aside: `jo` offers
# "Jörg Müller"), and inserted quoted so a name of several words stays one argument.
_kard_with_contacts() {{
    _kard "$@"
    local sub="${{COMP_WORDS[1]}}" cur="${{COMP_WORDS[COMP_CWORD]}}" names
    [[ "$cur" == -* ]] && return
    cur="${{cur//\\/}}"
    cur="${{cur#[\"\']}}"
    if [[ $COMP_CWORD -ge 2 && " {CONTACT_COMMANDS} " == *" $sub "* ]] \
        || [[ $COMP_CWORD -ge 3 && "$sub" == fax && "${{COMP_WORDS[2]}}" == new ]]; then
        names=$(kard list --format names -- "$cur" 2>/dev/null)
    elif [[ $COMP_CWORD -ge 3 && "$sub" == trash && "${{COMP_WORDS[2]}}" == restore ]]; then
        names=$(kard trash list --names "$cur" 2>/dev/null)
    else
        return
    fi
    local IFS=$'\n' name
    for name in $names; do
        COMPREPLY+=( "$(printf '%q' "$name")" )
    done
}}
complete -F _kard_with_contacts -o bashdefault -o default kard
"#
            );
        }
        Shell::Fish => {
            let _ = write!(
                buf,
                "\n# Contact names for commands that take a contact.\n\
                 complete -c kard -n \"__fish_seen_subcommand_from {CONTACT_COMMANDS}\" -f \
                 -a \"(kard list --format names -- (commandline -ct) 2>/dev/null)\"\n\
                 complete -c kard -n \"__fish_seen_subcommand_from fax; and __fish_seen_subcommand_from new\" -f \
                 -a \"(kard list --format names -- (commandline -ct) 2>/dev/null)\"\n\
                 complete -c kard -n \"__fish_seen_subcommand_from trash; and __fish_seen_subcommand_from restore\" -f \
                 -a \"(kard trash list --names (commandline -ct) 2>/dev/null)\"\n"
            );
        }
        _ => {}
    }
    buf
}

pub fn run(args: Args) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(&script(args.shell))?;
    out.flush()?;
    Ok(())
}
