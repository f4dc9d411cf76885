//! `kard birthdays`: upcoming birthdays, soonest first, with the age turned.

use super::Ctx;
use crate::birthdays::{upcoming, Date};
use anyhow::Result;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard birthdays\n  kard birthdays --within 7\n  kard birthdays --within 365 --json"
)]
pub struct Args {
    /// How many days ahead to look (0: today only)
    #[arg(long, value_name = "DAYS", default_value_t = 30)]
    pub within: u32,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let today = Date::today();
    let mut found = Vec::new();
    for c in ctx.store.contacts_with_birthdays()? {
        let Some(u) = c.birthday.as_deref().and_then(|b| upcoming(b, today)) else {
            continue;
        };
        if u.in_days <= i64::from(args.within) {
            found.push((u, c));
        }
    }
    found.sort_by(|(a, x), (b, y)| {
        (a.in_days, &x.display_name.to_lowercase(), x.id).cmp(&(
            b.in_days,
            &y.display_name.to_lowercase(),
            y.id,
        ))
    });
    if ctx.json {
        let cards = found
            .iter()
            .map(|(u, c)| {
                let mut v = serde_json::to_value(c)?;
                if let Some(m) = v.as_object_mut() {
                    m.insert("next".into(), u.next.to_string().into());
                    m.insert("age".into(), u.age.into());
                }
                Ok(v)
            })
            .collect::<Result<Vec<_>>>()?;
        return ctx.out.json(&cards);
    }
    if found.is_empty() {
        ctx.note(&format!("no birthdays in the next {} days", args.within));
        return Ok(());
    }
    let rows = found
        .iter()
        .map(|(u, c)| {
            let when = match u.in_days {
                0 => "today".to_string(),
                1 => "tomorrow".to_string(),
                n => format!("in {n} days"),
            };
            vec![
                u.next.to_string(),
                when,
                c.display_name.clone(),
                u.age.map(|a| a.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    ctx.out.grid(&["date", "when", "name", "turns"], rows)
}
