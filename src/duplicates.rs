//! Finding personal contacts that are probably one person: the same E.164 number, the
//! same email (case aside) or the same folded name.

use std::collections::{BTreeMap, HashMap};

/// A group of contacts (ids, ascending) and why they are thought one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub ids: Vec<i64>,
    pub reasons: Vec<String>,
}

/// Collects (key, id, folded name) triples, as `Store::personal_match_keys` gives them,
/// and groups the ids sharing a number, an email or a name.
#[derive(Default)]
pub struct Finder {
    /// For each key ("number +1…", "email a@b", "name robin lee"): the ids having it.
    by_key: HashMap<String, Vec<i64>>,
}

impl Finder {
    pub fn add(&mut self, key: Option<&str>, id: i64, sort_key: &str) {
        if let Some(k) = key {
            let what = if k.starts_with('+') { "phone" } else { "email" };
            self.push(format!("same {what} {k}"), id);
        }
        if !sort_key.is_empty() {
            self.push(format!("same name {sort_key}"), id);
        }
    }

    fn push(&mut self, key: String, id: i64) {
        let ids = self.by_key.entry(key).or_default();
        if ids.last() != Some(&id) && !ids.contains(&id) {
            ids.push(id);
        }
    }

    /// The groups of two or more, each with the keys that joined it, by smallest id.
    pub fn groups(self) -> Vec<Group> {
        let mut parent: HashMap<i64, i64> = HashMap::new();
        fn root(parent: &mut HashMap<i64, i64>, mut x: i64) -> i64 {
            while let Some(&p) = parent.get(&x) {
                if p == x {
                    break;
                }
                x = p;
            }
            x
        }
        let shared: Vec<(String, Vec<i64>)> = self
            .by_key
            .into_iter()
            .filter(|(_, ids)| ids.len() > 1)
            .collect();
        for (_, ids) in &shared {
            for &id in ids {
                parent.entry(id).or_insert(id);
            }
            let first = root(&mut parent, ids[0]);
            for &id in &ids[1..] {
                let r = root(&mut parent, id);
                if r != first {
                    let (lo, hi) = (r.min(first), r.max(first));
                    parent.insert(hi, lo);
                }
            }
        }
        let mut groups: BTreeMap<i64, Group> = BTreeMap::new();
        let ids: Vec<i64> = parent.keys().copied().collect();
        for id in ids {
            let r = root(&mut parent, id);
            let g = groups.entry(r).or_insert_with(|| Group {
                ids: Vec::new(),
                reasons: Vec::new(),
            });
            g.ids.push(id);
        }
        for (reason, ids) in shared {
            let r = root(&mut parent, ids[0]);
            if let Some(g) = groups.get_mut(&r) {
                g.reasons.push(reason);
            }
        }
        groups
            .into_values()
            .map(|mut g| {
                g.ids.sort_unstable();
                g.reasons.sort();
                g
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_join_through_any_shared_key() {
        let mut f = Finder::default();
        f.add(Some("+15550101234"), 1, "robin lee");
        f.add(Some("+15550101234"), 2, "r lee");
        f.add(Some("r@x.example"), 2, "r lee");
        f.add(Some("r@x.example"), 3, "bobby");
        f.add(None, 4, "ann");
        f.add(None, 5, "ann");
        f.add(None, 6, "solo");
        let g = f.groups();
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].ids, [1, 2, 3]);
        assert_eq!(
            g[0].reasons,
            ["same email r@x.example", "same phone +15550101234"]
        );
        assert_eq!(g[1].ids, [4, 5]);
        assert_eq!(g[1].reasons, ["same name ann"]);
    }
}
