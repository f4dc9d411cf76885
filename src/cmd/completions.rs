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
# Contact names for commands that take a contact (from `kard list --format names`).
_kard_with_contacts() {{
    _kard "$@"
    local sub="${{COMP_WORDS[1]}}" cur="${{COMP_WORDS[COMP_CWORD]}}"
    if [[ $COMP_CWORD -ge 2 && " {CONTACT_COMMANDS} " == *" $sub "* && "$cur" != -* ]]; then
        local IFS=$'\n'
        COMPREPLY+=( $(compgen -W "$(kard list --format names -- "$cur" 2>/dev/null)" -- "$cur") )
    fi
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
                 -a \"(kard list --format names 2>/dev/null)\"\n"
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
