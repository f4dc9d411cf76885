//! Which spooled rows are one entry: rows with the same email (or, without one, the
//! same directory id) and different accounts are one person; a directory id twice
//! with different data, a person twice on one account, or one of two kinds are bad
//! records. Checked on a few numbers a row (hashes of the directory id, the person key
//! and the data), sorted, instead of on the rows themselves.

use super::spool::{hash_bytes, Reader, Sums};
use crate::formats::BadRecord;
use crate::model::{Account, Kind};
use anyhow::Result;
use std::collections::HashMap;

/// What grouping needs of one row.
#[derive(Debug, Clone, Copy)]
pub struct Key {
    id: u64,
    person: u64,
    data: u64,
    offset: u64,
    line: u32,
    account: Account,
    kind: Kind,
}

impl Key {
    pub fn of(sums: &Sums, offset: u64, line: usize) -> Key {
        Key {
            id: sums.id,
            person: sums.person,
            data: sums.data,
            offset,
            line: u32::try_from(line).unwrap_or(u32::MAX),
            account: sums.shape.account(),
            kind: sums.shape.kind(),
        }
    }
}

/// The entries of the spooled rows, each led by its first row.
#[derive(Debug, Default)]
pub struct Groups {
    /// By row (spool order): whether the row leads an entry (`ONE`: alone, `MORE`:
    /// with others). Rows read with an earlier one, and exact repeats, do not (0).
    lead: Vec<u8>,
    /// The other rows of an entry (by its lead row), as spool offsets.
    others: HashMap<u32, Vec<u64>>,
    /// The hash of each entry's data with more than one row (by its lead row).
    hashes: HashMap<u32, u64>,
    pub entries: usize,
}

impl Groups {
    /// For row `i` (spool order): None if it does not lead an entry, else the offsets
    /// of its entry's other rows and the entry's data hash (`own` for a single row).
    pub fn entry(&self, i: usize, own: u64) -> Option<(&[u64], u64)> {
        match self.lead.get(i).copied().unwrap_or(0) {
            0 => return None,
            ONE => return Some((&[], own)),
            _ => {}
        }
        let key = i as u32;
        let others = self.others.get(&key).map_or(&[][..], Vec::as_slice);
        Some((others, self.hashes.get(&key).copied().unwrap_or(own)))
    }
}

const ONE: u8 = 1;
const MORE: u8 = 2;

fn bad(line: u32, reason: String) -> BadRecord {
    BadRecord {
        line: line as usize,
        reason,
    }
}

/// Group the rows (`keys` in spool order); every conflict is a bad record, and then
/// there are no groups. `spool` looks up the text of rows named in a message.
pub fn group(
    keys: &[Key],
    spool: &mut Reader,
) -> Result<std::result::Result<Groups, Vec<BadRecord>>> {
    let mut errors = Vec::new();
    let mut keep = vec![true; keys.len()];
    // Sorted as (hash, row) pairs: a million rows sort in cache, not through `keys`.
    let mut order: Vec<(u64, u32)> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (k.id, i as u32))
        .collect();
    order.sort_unstable();
    for run in order.chunk_by(|a, b| a.0 == b.0) {
        for (n, &(_, k)) in run.iter().enumerate() {
            let r = keys[k as usize];
            for &(_, j) in &run[..n] {
                let e = keys[j as usize];
                if e.person != r.person {
                    let id = spool.record_at(r.offset)?.row.directory_id;
                    errors.push(bad(
                        r.line,
                        format!(
                            "directory id {id:?} is already on line {} with a different email",
                            e.line
                        ),
                    ));
                    keep[k as usize] = false;
                    break;
                } else if e.account == r.account {
                    if e.data != r.data {
                        let id = spool.record_at(r.offset)?.row.directory_id;
                        errors.push(bad(
                            r.line,
                            format!(
                                "directory id {id:?} is already on line {} with different data",
                                e.line
                            ),
                        ));
                    }
                    // An exact repeat of a row is harmless: it is read once.
                    keep[k as usize] = false;
                    break;
                }
            }
        }
    }
    order.retain(|&(_, i)| keep[i as usize]);
    for o in &mut order {
        o.0 = keys[o.1 as usize].person;
    }
    order.sort_unstable();
    let mut groups = Groups {
        lead: vec![0; keys.len()],
        ..Groups::default()
    };
    for run in order.chunk_by(|a, b| a.0 == b.0) {
        if let [(_, one)] = run {
            groups.lead[*one as usize] = ONE;
            groups.entries += 1;
            continue;
        }
        let first = keys[run[0].1 as usize];
        let mut members = vec![run[0].1];
        for &(_, k) in &run[1..] {
            let r = keys[k as usize];
            let same_account = members
                .iter()
                .map(|&j| keys[j as usize])
                .find(|j| j.account == r.account);
            if let Some(j) = same_account {
                let row = spool.record_at(r.offset)?.row;
                let other = spool.record_at(j.offset)?.row;
                errors.push(bad(
                    r.line,
                    format!(
                        "{} is already on line {} for another {} account ({:?})",
                        row.email.as_deref().unwrap_or(&row.directory_id),
                        j.line,
                        r.account,
                        other.directory_id
                    ),
                ));
            } else if first.kind != r.kind {
                let row = spool.record_at(r.offset)?.row;
                errors.push(bad(
                    r.line,
                    format!(
                        "{} is a {} here but a {} on line {}",
                        row.email.as_deref().unwrap_or(&row.directory_id),
                        r.kind,
                        first.kind,
                        first.line
                    ),
                ));
            } else {
                members.push(k);
            }
        }
        groups.lead[members[0] as usize] = if members.len() > 1 { MORE } else { ONE };
        groups.entries += 1;
        if members.len() > 1 {
            let mut hashes: Vec<u64> = members.iter().map(|&j| keys[j as usize].data).collect();
            hashes.sort_unstable();
            let bytes: Vec<u8> = hashes.iter().flat_map(|h| h.to_le_bytes()).collect();
            groups.hashes.insert(members[0], hash_bytes(&bytes));
            let offsets = members[1..]
                .iter()
                .map(|&j| keys[j as usize].offset)
                .collect();
            groups.others.insert(members[0], offsets);
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Ok(Err(errors));
    }
    Ok(Ok(groups))
}
