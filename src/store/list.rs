//! List queries: what `list` asks for, and the SQL that selects it, choosing how a
//! digit search is read.

use super::rows::{contact_from_row, COLUMNS};
use super::search::{fts_query, holds_digits};
use super::Store;
use crate::model::{Contact, Kind, Source};
use crate::phone;
use anyhow::Result;
use rusqlite::{params, types::Value};

/// What `list` asks for.
#[derive(Debug, Default, Clone)]
pub struct ListQuery {
    pub text: Option<String>,
    pub favorites: bool,
    pub source: Option<Source>,
    pub kind: Option<Kind>,
    pub department: Option<String>,
    pub location: Option<String>,
    /// Only contacts carrying this label (case aside).
    pub label: Option<String>,
    pub sort: Sort,
    pub limit: Option<usize>,
}

/// The order of a list (each ends by display name, then id).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Name,
    Department,
    Location,
    /// Family name, then given name; contacts without one last.
    Family,
}

impl Store {
    /// Contacts whose words start with every word of `text` (at most `limit`).
    pub fn contacts_matching_words(&self, text: &str, limit: usize) -> Result<Vec<i64>> {
        let Some(fts) = fts_query(text) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id FROM contact c WHERE c.deleted_at IS NULL AND c.id IN
               (SELECT rowid FROM contact_search WHERE contact_search MATCH ?1)
             ORDER BY c.sort_key, c.id LIMIT ?2",
        )?;
        let ids = stmt.query_map(params![fts, limit as i64], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// Stream the contacts `q` selects, in its order, to `each`.
    pub fn list(&self, q: &ListQuery, mut each: impl FnMut(Contact) -> Result<()>) -> Result<()> {
        let Some((from, args)) = self.list_plan(q)? else {
            return Ok(());
        };
        let cols: String = COLUMNS
            .split(", ")
            .map(|c| format!("c.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut stmt = self.conn.prepare(&format!("SELECT {cols} {from}"))?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
        while let Some(row) = rows.next()? {
            let mut c = contact_from_row(row)?;
            self.load_values(&mut c)?;
            each(c)?;
        }
        Ok(())
    }
    /// `list_sql` for `q`, choosing how its digits are searched. When the contacts
    /// holding them are few (`Store::few_digit_matches`), their ids stand in for the
    /// digit index in the query. Otherwise, for a short name-sorted list: sorting every
    /// contact whose numbers hold the digits costs a read of each one's row (`415`
    /// holds thousands); walking the name index (`contact_by_sort_key`, which carries
    /// the ids) and keeping the matching ids costs about `limit` times the share of
    /// contacts that don't match, in index entries, many to a page. It walks when that
    /// is the cheaper, counted from the digit index.
    pub(super) fn list_plan(&self, q: &ListQuery) -> Result<Option<(String, Vec<Value>)>> {
        if let Some(digits) = searched_digits(q) {
            if let Some(ids) = self.few_digit_matches(&digits)? {
                return Ok(list_sql(q, Walk::No, Some(&ids)));
            }
        }
        let Some((limit, digits)) = q.limit.zip(walkable_digits(q)) else {
            return Ok(list_sql(q, Walk::No, None));
        };
        let total = self.max_contact_id()?;
        // An index entry costs about a fortieth of a row read: walking costs about
        // `limit * total / matches / 40` row reads, sorting `matches`; walk from the
        // match count where the two meet.
        let meet = ((limit as u64).saturating_mul(total.max(0) as u64) / 40).isqrt() as i64;
        // How many contacts the digits match, counting to `cap` at most.
        let count_to = |cap: i64| -> Result<i64> {
            Ok(self
                .conn
                .prepare_cached(
                    "SELECT count(*) FROM (SELECT 1 FROM contact_digits
                     WHERE contact_digits MATCH ?1 LIMIT ?2)",
                )?
                .query_row(params![format!("\"{digits}\""), cap], |r| r.get(0))?)
        };
        if count_to(meet)? < meet.max(1) {
            return Ok(list_sql(q, Walk::No, None));
        }
        // Tens of thousands of matches (an area code): gathering their ids costs more
        // than asking the digit index about each of the few contacts walked.
        let many = count_to(PROBE_MIN)?;
        Ok(list_sql(
            q,
            if many >= PROBE_MIN {
                Walk::Probing
            } else {
                Walk::Gathered
            },
            None,
        ))
    }

    fn max_contact_id(&self) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached("SELECT ifnull(max(id), 0) FROM contact")?
            .query_row([], |r| r.get(0))?)
    }

    /// The contacts whose numbers hold `digits` (3 or more), when they are at most
    /// `FEW_MATCHES`; None when there are more.
    ///
    /// The digit index answers a phrase of the digits' trigrams, and FTS5 checks the
    /// positions of every trigram at each contact holding them all: a trigram nearly
    /// every number has (an area code, `555`) makes that thousands of checks (`555 100
    /// 42` took 4-7 ms at a million, `100 42` 0.5 ms). So the trigrams found in more
    /// than one contact in `HOT_SHARE` (sampled: `cold_trigrams`) are left out: the
    /// longest run of the others is searched, and the few contacts it finds are kept
    /// when their numbers hold all of `digits` (`holds_digits`: as the index has them).
    pub(super) fn few_digit_matches(&self, digits: &str) -> Result<Option<Vec<i64>>> {
        let phrase = |text: &str, cap: usize| -> Result<Option<Vec<i64>>> {
            let mut stmt = self.conn.prepare_cached(
                "SELECT rowid FROM contact_digits WHERE contact_digits MATCH ?1 LIMIT ?2",
            )?;
            let ids: Vec<i64> = stmt
                .query_map(params![format!("\"{text}\""), cap as i64 + 1], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            Ok((ids.len() <= cap).then_some(ids))
        };
        let trigrams: Vec<&str> = (0..digits.len().saturating_sub(2))
            .map(|i| &digits[i..i + 3])
            .collect();
        let cold = self.cold_trigrams(&trigrams)?;
        // The longest run of cold trigrams, as (first, count).
        let (mut best, mut run) = ((0, 0), (0, 0));
        for (i, &c) in cold.iter().enumerate() {
            run = if c { (run.0, run.1 + 1) } else { (i + 1, 0) };
            if run.1 > best.1 {
                best = run;
            }
        }
        if best.1 == 0 || best.1 == trigrams.len() {
            // All hot (the answer is big anyway) or none: the phrase as it is.
            return phrase(digits, FEW_MATCHES);
        }
        let driver = &digits[best.0..best.0 + best.1 + 2];
        let Some(candidates) = phrase(driver, CHECKED_MAX)? else {
            return Ok(None);
        };
        let mut ids = Vec::new();
        for id in candidates {
            if let Some(c) = self.contact(id)? {
                if holds_digits(&c, digits) {
                    ids.push(id);
                }
            }
        }
        Ok(Some(ids))
    }

    /// Whether each trigram is cold: held by fewer than one contact in `HOT_SHARE`,
    /// judged by the ids of its first `HOT_SAMPLE` contacts (FTS5 reads a trigram's
    /// contacts in id order; a window of ids in the middle would cost a read up to
    /// it: 20 ms for `555` at a million).
    fn cold_trigrams(&self, trigrams: &[&str]) -> Result<Vec<bool>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT count(*), max(rowid) FROM (SELECT rowid FROM contact_digits
             WHERE contact_digits MATCH ?1 LIMIT ?2)",
        )?;
        trigrams
            .iter()
            .map(|t| {
                let (n, last): (i64, Option<i64>) = stmt
                    .query_row(params![format!("\"{t}\""), HOT_SAMPLE], |r| {
                        Ok((r.get(0)?, r.get(1)?))
                    })?;
                Ok(n < HOT_SAMPLE || last.unwrap_or(0) > HOT_SAMPLE * HOT_SHARE)
            })
            .collect()
    }
}

/// A digit search gathers the ids of at most this many matching contacts up front.
const FEW_MATCHES: usize = 1000;

/// A trigram in one contact in this many or more is hot (`few_digit_matches`)...
const HOT_SHARE: i64 = 20;

/// ...judged by this many of its contacts.
const HOT_SAMPLE: i64 = 64;

/// Contacts found by a digit search's cold trigrams are checked one by one, up to this
/// many (each is read whole).
const CHECKED_MAX: usize = 64;

/// From this many digit matches, a walk of the name index probes the digit index for
/// each contact walked.
const PROBE_MIN: i64 = 20_000;

/// How `list_sql` reads the contacts: sorting the matches, or walking the name index
/// keeping the ids in the gathered matched set, or probing the digit index for each.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Walk {
    No,
    Gathered,
    Probing,
}

/// The digits a query searches the digit index for: those of a numberish text (digits
/// and `+-().` and spaces) of 3 or more digits, not `id:N`.
fn searched_digits(q: &ListQuery) -> Option<String> {
    let text = q.text.as_deref()?.trim();
    let digits = phone::digits(text);
    (numberish(text) && digits.len() >= 3).then_some(digits)
}

fn numberish(text: &str) -> bool {
    text.chars()
        .all(|ch| ch.is_ascii_digit() || " +-().".contains(ch))
}

/// The digits of a query the name index may be walked for: a digits-only query of 3 or
/// more, sorted by name, with no other filter (those need each walked contact's row).
fn walkable_digits(q: &ListQuery) -> Option<String> {
    let text = q.text.as_deref()?.trim();
    let plain = q.sort == Sort::Name
        && !q.favorites
        && q.source.is_none()
        && q.kind.is_none()
        && q.department.is_none()
        && q.location.is_none()
        && q.label.is_none();
    let digits = phone::digits(text);
    (plain && numberish(text) && digits.len() >= 3).then_some(digits)
}

/// `FROM … WHERE … ORDER BY … LIMIT …` selecting `q`'s contacts (as `c`), with its
/// arguments; None when the query can match nothing. With `walk`, the contacts are
/// read in the order of the name index; `digit_ids` are the contacts whose numbers
/// hold the query's digits, when known (see `Store::list_plan`).
fn list_sql(q: &ListQuery, walk: Walk, digit_ids: Option<&[i64]>) -> Option<(String, Vec<Value>)> {
    {
        let mut conds = vec!["c.deleted_at IS NULL".to_string()];
        let mut args: Vec<Value> = Vec::new();
        let arg = |v: Value, args: &mut Vec<Value>| {
            args.push(v);
            format!("?{}", args.len())
        };
        let text = q.text.as_deref().map(str::trim).filter(|t| !t.is_empty());
        if let Some(id) = text.and_then(|t| t.strip_prefix("id:")) {
            // `id:N` names one contact, as everywhere else.
            let id = id.trim().parse::<i64>().ok()?;
            conds.push(format!("c.id = {}", arg(Value::Integer(id), &mut args)));
        } else if let Some(text) = text {
            let mut any = Vec::new();
            if let Some(ext) = phone::extension_ref(text)
                .filter(|_| !text.starts_with(|c: char| c.is_ascii_digit()))
            {
                // `x2003`, `ext. 2003`: the extension (bare digits are searched below).
                let p = arg(Value::Text(format!("x{ext}")), &mut args);
                any.push(format!(
                    "c.id IN (SELECT contact_id FROM contact_value WHERE norm = {p})"
                ));
            }
            if let Some(fts) = fts_query(text) {
                let p = arg(Value::Text(fts), &mut args);
                any.push(format!(
                    "c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH {p})"
                ));
            }
            let digits = phone::digits(text);
            if numberish(text) && digits.len() >= 2 {
                let ext = arg(Value::Text(format!("x{digits}")), &mut args);
                any.push(format!(
                    "c.id IN (SELECT contact_id FROM contact_value WHERE norm = {ext})"
                ));
                if let Some(ids) = digit_ids.filter(|_| digits.len() >= 3) {
                    let ids = serde_json::to_string(ids).unwrap_or_default();
                    let p = arg(Value::Text(ids), &mut args);
                    any.push(format!("c.id IN (SELECT value FROM json_each({p}))"));
                } else if digits.len() >= 3 {
                    // Digits anywhere: a phrase of the query's trigrams.
                    let p = arg(Value::Text(format!("\"{digits}\"")), &mut args);
                    any.push(if walk == Walk::Probing {
                        format!(
                            "EXISTS (SELECT 1 FROM contact_digits \
                             WHERE contact_digits MATCH {p} AND rowid = c.id)"
                        )
                    } else {
                        format!(
                            "c.id IN (SELECT rowid FROM contact_digits WHERE contact_digits MATCH {p})"
                        )
                    });
                }
            }
            if any.is_empty() {
                return None;
            }
            conds.push(format!("({})", any.join(" OR ")));
        }
        if q.favorites {
            conds.push("c.favorite = 1".into());
        }
        if let Some(s) = q.source {
            conds.push(format!(
                "c.source = {}",
                arg(Value::Text(s.as_str().into()), &mut args)
            ));
        }
        if let Some(k) = q.kind {
            conds.push(format!(
                "c.kind = {}",
                arg(Value::Text(k.as_str().into()), &mut args)
            ));
        }
        for (col, want) in [("department", &q.department), ("location", &q.location)] {
            if let Some(w) = want {
                let p = arg(Value::Text(w.clone()), &mut args);
                conds.push(format!("c.{col} = {p} COLLATE NOCASE"));
            }
        }
        if let Some(l) = &q.label {
            let p = arg(Value::Text(l.trim().to_string()), &mut args);
            conds.push(format!(
                "c.categories IS NOT NULL AND EXISTS (SELECT 1 FROM json_each(c.categories) \
                 WHERE value = {p} COLLATE NOCASE)"
            ));
        }
        let order = match q.sort {
            Sort::Name => "c.sort_key, c.id",
            Sort::Department => {
                "c.department IS NULL, c.department COLLATE NOCASE, c.sort_key, c.id"
            }
            Sort::Location => "c.location IS NULL, c.location COLLATE NOCASE, c.sort_key, c.id",
            Sort::Family => {
                "c.family IS NULL, c.family COLLATE NOCASE, c.given COLLATE NOCASE, c.sort_key, c.id"
            }
        };
        let limit = q.limit.map_or(-1, |l| l as i64);
        let limit = arg(Value::Integer(limit), &mut args);
        let indexed = if walk != Walk::No {
            " INDEXED BY contact_by_sort_key"
        } else {
            ""
        };
        let from = format!(
            "FROM contact c{indexed} WHERE {} ORDER BY {order} LIMIT {limit}",
            conds.join(" AND ")
        );
        Some((from, args))
    }
}
