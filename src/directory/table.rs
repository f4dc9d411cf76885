//! A table of items looked up by a 64-bit hash: sorted by it, with an index of where
//! each run of its top bits starts. The hashes are uniform, so a lookup searches a few
//! neighbours instead of a million items (one cache miss a step of a binary search).

/// An item of a table: the hash it is found by (`key`), and its rank among equal ones.
pub trait Keyed {
    fn key(&self) -> u64;
    fn rank(&self) -> u64;
}

/// Items sorted by their hash, for lookups by it.
#[derive(Debug)]
pub struct Table<T> {
    items: Vec<T>,
    bits: u32,
    starts: Vec<u32>,
}

impl<T: Keyed> Table<T> {
    /// The items, sorted by their hash (and, among equal hashes, by their rank).
    pub fn new(mut items: Vec<T>) -> Table<T> {
        items.sort_unstable_by_key(|i| (i.key(), i.rank()));
        let bits = (usize::BITS - items.len().leading_zeros()).clamp(1, 24);
        let buckets = 1usize << bits;
        let mut starts = Vec::with_capacity(buckets + 1);
        let mut at = 0;
        for b in 0..buckets {
            while at < items.len() && ((items[at].key() >> (64 - bits)) as usize) < b {
                at += 1;
            }
            starts.push(at as u32);
        }
        starts.push(items.len() as u32);
        Table {
            items,
            bits,
            starts,
        }
    }

    /// The positions of the items with hash `h` (by rank).
    pub fn find(&self, h: u64) -> std::ops::Range<usize> {
        let b = (h >> (64 - self.bits)) as usize;
        let (lo, hi) = (self.starts[b] as usize, self.starts[b + 1] as usize);
        let run = &self.items[lo..hi];
        let first = lo + run.partition_point(|i| i.key() < h);
        let end = first
            + self.items[first..hi]
                .iter()
                .take_while(|i| i.key() == h)
                .count();
        first..end
    }

    pub fn items(&self) -> &[T] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T: Keyed> Default for Table<T> {
    fn default() -> Self {
        Table::new(Vec::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::spool::hash_bytes;

    impl Keyed for (u64, u32) {
        fn key(&self) -> u64 {
            self.0
        }
        fn rank(&self) -> u64 {
            u64::from(self.1)
        }
    }

    #[test]
    fn every_item_is_found_by_its_hash_and_no_other() {
        let items: Vec<(u64, u32)> = (0..5000u32)
            .map(|i| (hash_bytes(&(i / 2).to_le_bytes()), i))
            .collect();
        let t = Table::new(items);
        for i in 0..5000u32 {
            let found: Vec<u32> = t.items()[t.find(hash_bytes(&(i / 2).to_le_bytes()))]
                .iter()
                .map(|x| x.1)
                .collect();
            assert_eq!(found, [i / 2 * 2, i / 2 * 2 + 1]);
        }
        assert!(t.find(hash_bytes(b"none")).is_empty());
        assert!(Table::<(u64, u32)>::default().find(7).is_empty());
    }
}
