//! Long reads: a list streamed in storage order and put in order with an external
//! merge sort, each stored contact read in one sequential pass, and the snapshot two
//! readers share.

use super::list::ListQuery;
use super::rows::{refill_contact, ValueFill, COLUMNS};
use super::Store;
use crate::model::Contact;
use anyhow::Result;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

impl Store {
    /// `list`, each contact rendered by `render` and written to `out` in `q`'s order;
    /// returns how many. For long lists: rather than reading the contacts in name order
    /// (a random read for each, and another for its values), it reads them in storage
    /// order, both tables in one sequential pass, and puts the rendered contacts in
    /// order with an external merge sort (runs of `RUN_BYTES` in temporary files), so
    /// memory stays flat. Short lists go through `list`.
    pub fn list_rendered(
        &self,
        q: &ListQuery,
        render: impl Fn(&Contact, &mut Vec<u8>) -> Result<()> + Sync,
        out: &mut dyn std::io::Write,
    ) -> Result<u64> {
        self.list_rendered_with(q, render, out, SORTED_STREAM_MIN, RUN_BYTES)
    }

    fn list_rendered_with(
        &self,
        q: &ListQuery,
        render: impl Fn(&Contact, &mut Vec<u8>) -> Result<()> + Sync,
        out: &mut dyn std::io::Write,
        sorted_stream_min: usize,
        run_bytes: usize,
    ) -> Result<u64> {
        let Some((from, args)) = self.list_plan(q)? else {
            return Ok(0);
        };
        // Everything below reads one state of the store, on this connection and on a
        // second one when there is one.
        let (snapshot, second) = self.snapshot_pair()?;
        let mut ids: Vec<i64> = Vec::new();
        {
            let mut stmt = self.conn.prepare(&format!("SELECT c.id {from}"))?;
            let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
            while let Some(r) = rows.next()? {
                ids.push(r.get(0)?);
            }
        }
        let max_id = ids.iter().copied().max().unwrap_or(0);
        let dense = usize::try_from(max_id)
            .ok()
            .filter(|&m| m <= ids.len().saturating_mul(4) + (1 << 20));
        let (Some(max_id), true) = (dense, ids.len() >= sorted_stream_min) else {
            let mut buf = Vec::new();
            let mut n = 0;
            self.list(q, |c| {
                buf.clear();
                render(&c, &mut buf)?;
                out.write_all(&buf)?;
                n += 1;
                Ok(())
            })?;
            snapshot.end()?;
            return Ok(n);
        };
        // rank[id]: the place of contact `id` in the list, or u32::MAX when not in it.
        let mut rank = vec![u32::MAX; max_id + 1];
        for (i, &id) in ids.iter().enumerate() {
            // Both fit: ids are at most max_id, and there are fewer than 2^32 of them.
            rank[id as usize] = i as u32;
        }
        let total = ids.len();
        drop(ids);
        // Runs go beside the store, not into a shared temporary folder.
        let dir = self
            .path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .map(Path::to_path_buf);
        let sorter = || RunSorter {
            run_bytes,
            dir: dir.clone(),
            data: Vec::with_capacity(run_bytes.min(RUN_BYTES) + (64 << 10)),
            ..RunSorter::default()
        };
        let sorters = match second {
            // Two readers, each reading, building and rendering the contacts of half
            // the ids (as many listed contacts each) and sorting what it renders.
            Some(second) => {
                let mut seen = 0;
                let half = rank
                    .iter()
                    .position(|&r| {
                        seen += usize::from(r != u32::MAX);
                        seen > total / 2
                    })
                    .unwrap_or(rank.len());
                let (rank, render) = (&rank, &render);
                std::thread::scope(|scope| -> Result<Vec<RunSorter>> {
                    let other = scope.spawn(move || {
                        let mut upper = sorter();
                        read_rendered(&second, rank, half..rank.len(), render, &mut upper)?;
                        Ok::<_, anyhow::Error>(upper)
                    });
                    let mut lower = sorter();
                    let mine = read_rendered(&self.conn, rank, 0..half, render, &mut lower);
                    let upper = other
                        .join()
                        .map_err(|_| anyhow::anyhow!("the second reading thread panicked"))?;
                    mine?;
                    Ok(vec![lower, upper?])
                })?
            }
            None => {
                let mut all = sorter();
                read_rendered(&self.conn, &rank, 0..rank.len(), &render, &mut all)?;
                vec![all]
            }
        };
        snapshot.end()?;
        RunSorter::finish(sorters, out)?;
        Ok(total as u64)
    }

    /// A read transaction on this connection and, when the store is a file that can be
    /// opened again, on a second connection seeing the same state: a third connection
    /// holds the write lock while both begin, so that no commit comes between them (a
    /// writer waits those few milliseconds). Already in a transaction, or in memory:
    /// this connection only.
    fn snapshot_pair(&self) -> Result<(ReadTransaction<'_>, Option<Connection>)> {
        if !self.conn.is_autocommit() {
            return Ok((ReadTransaction(None), None));
        }
        let begin = |conn: &Connection| -> rusqlite::Result<()> {
            conn.execute_batch("BEGIN")?;
            // The read transaction starts with the first read.
            conn.query_row("SELECT count(*) FROM setting", [], |_| Ok(()))
        };
        let open = |flags: OpenFlags| -> rusqlite::Result<Connection> {
            let conn =
                Connection::open_with_flags(&self.path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
            conn.busy_timeout(std::time::Duration::from_secs(10))?;
            Ok(conn)
        };
        // A write under way (an import) keeps the lock: then one reader, at once, rather
        // than waiting for it (readers never wait for writers in WAL mode).
        let lock = (self.path != Path::new(":memory:"))
            .then(|| -> rusqlite::Result<Connection> {
                let lock = open(OpenFlags::SQLITE_OPEN_READ_WRITE)?;
                lock.busy_timeout(std::time::Duration::from_millis(100))?;
                lock.execute_batch("BEGIN IMMEDIATE")?;
                Ok(lock)
            })
            .and_then(Result::ok);
        begin(&self.conn)?;
        let mine = ReadTransaction(Some(&self.conn));
        let second = lock.as_ref().and_then(|_| {
            let conn = open(OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
            begin(&conn).ok()?;
            Some(conn)
        });
        if let Some(lock) = lock {
            lock.execute_batch("ROLLBACK")?;
        }
        Ok((mine, second))
    }
}

/// A read transaction on a connection, ended by `end` (or, on an error, when dropped).
struct ReadTransaction<'a>(Option<&'a Connection>);

impl ReadTransaction<'_> {
    fn end(mut self) -> Result<()> {
        if let Some(conn) = self.0.take() {
            conn.execute_batch("COMMIT")?;
        }
        Ok(())
    }
}

impl Drop for ReadTransaction<'_> {
    fn drop(&mut self) {
        if let Some(conn) = self.0 {
            let _ = conn.execute_batch("ROLLBACK");
        }
    }
}

/// The contacts with ids in `ids` that have a place in `rank`, rendered into `sorter`
/// at their place.
fn read_rendered(
    conn: &Connection,
    rank: &[u32],
    ids: std::ops::Range<usize>,
    render: &(impl Fn(&Contact, &mut Vec<u8>) -> Result<()> + Sync),
    sorter: &mut RunSorter,
) -> Result<()> {
    let place = |id: i64| {
        usize::try_from(id)
            .ok()
            .and_then(|i| rank.get(i))
            .copied()
            .filter(|&p| p != u32::MAX)
    };
    let mut buf = Vec::new();
    each_stored(
        conn,
        ids,
        |id| place(id).is_some(),
        |c| {
            buf.clear();
            render(c, &mut buf)?;
            sorter.push(place(c.id).unwrap_or(u32::MAX), &buf)
        },
    )
}

/// Each contact not in the trash with an id in `ids` for which `wanted` holds, with its
/// values, in storage order: both tables read in one sequential pass, each contact
/// built into the strings of the one before.
pub(super) fn each_stored(
    conn: &Connection,
    ids: std::ops::Range<usize>,
    wanted: impl Fn(i64) -> bool,
    mut each: impl FnMut(&Contact) -> Result<()>,
) -> Result<()> {
    let (lo, hi) = (
        i64::try_from(ids.start).unwrap_or(i64::MAX),
        i64::try_from(ids.end).unwrap_or(i64::MAX),
    );
    let mut contacts = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM contact NOT INDEXED \
         WHERE id >= ?1 AND id < ?2 AND deleted_at IS NULL ORDER BY id"
    ))?;
    let mut values = conn.prepare(
        "SELECT contact_id, field, label, value, norm FROM contact_value \
         WHERE contact_id >= ?1 AND contact_id < ?2 ORDER BY contact_id, seq",
    )?;
    let remotes = super::remotes::remote_names(conn, lo, hi)?;
    let mut crows = contacts.query([lo, hi])?;
    let mut vrows = values.query([lo, hi])?;
    let mut vnext = vrows.next()?;
    // The contact of the value row `vnext`.
    let mut vid = vnext.map(|v| v.get::<_, i64>(0)).transpose()?;
    let mut c = Contact::default();
    while let Some(row) = crows.next()? {
        let id: i64 = row.get(0)?;
        // Values of contacts before this one (deleted ones) are passed over.
        while vid.is_some_and(|cid| cid < id) {
            vnext = vrows.next()?;
            vid = vnext.map(|v| v.get::<_, i64>(0)).transpose()?;
        }
        if !wanted(id) {
            continue;
        }
        refill_contact(row, &mut c)?;
        let mut fill = ValueFill::default();
        while let (Some(v), Some(cid)) = (vnext, vid) {
            if cid != id {
                break;
            }
            fill.push(&mut c, v, 1)?;
            vnext = vrows.next()?;
            vid = vnext.map(|v| v.get::<_, i64>(0)).transpose()?;
        }
        fill.finish(&mut c);
        c.remote = remotes.get(&id).cloned();
        each(&c)?;
    }
    Ok(())
}

/// Lists at least this long are read in storage order and sorted (`list_rendered`).
const SORTED_STREAM_MIN: usize = 20_000;

/// Rendered contacts each reader keeps in memory before it sorts them into a run on
/// disk (its buffer is allocated once, a little bigger).
const RUN_BYTES: usize = 8 << 20;

/// An external merge sort of rendered contacts by their place in the list.
#[derive(Default)]
struct RunSorter {
    /// How many bytes make a run.
    run_bytes: usize,
    /// Where runs are made (the store's folder).
    dir: Option<std::path::PathBuf>,
    /// (place, start, end) in `data`.
    entries: Vec<(u32, usize, usize)>,
    data: Vec<u8>,
    runs: Vec<TempRun>,
}

/// A run on disk: records of place (u32 LE), length (u32 LE), bytes, in place order.
/// The file has no name (mode 0600, unlinked at once): no kill leaves it behind.
struct TempRun {
    file: std::fs::File,
}

impl RunSorter {
    fn push(&mut self, place: u32, bytes: &[u8]) -> Result<()> {
        let start = self.data.len();
        self.data.extend_from_slice(bytes);
        self.entries.push((place, start, self.data.len()));
        if self.data.len() >= self.run_bytes {
            self.spill()?;
        }
        Ok(())
    }

    fn spill(&mut self) -> Result<()> {
        use std::io::Write;
        let file = crate::tempfiles::anonymous_in(self.dir.as_deref())?;
        let run = TempRun { file };
        self.entries.sort_unstable_by_key(|e| e.0);
        let mut w = std::io::BufWriter::with_capacity(1 << 16, &run.file);
        for &(place, start, end) in &self.entries {
            w.write_all(&place.to_le_bytes())?;
            w.write_all(&((end - start) as u32).to_le_bytes())?;
            w.write_all(&self.data[start..end])?;
        }
        w.flush()?;
        drop(w);
        self.runs.push(run);
        self.entries.clear();
        self.data.clear();
        Ok(())
    }

    /// Write what `sorters` hold, all in place order.
    fn finish(mut sorters: Vec<RunSorter>, out: &mut dyn std::io::Write) -> Result<()> {
        use std::collections::BinaryHeap;
        use std::io::{BufReader, Read, Seek};
        if sorters.iter().all(|s| s.runs.is_empty()) {
            // All in memory.
            let mut all: Vec<(u32, usize, usize, usize)> = sorters
                .iter()
                .enumerate()
                .flat_map(|(i, s)| s.entries.iter().map(move |&(p, a, b)| (p, i, a, b)))
                .collect();
            all.sort_unstable_by_key(|e| e.0);
            for (_, i, start, end) in all {
                out.write_all(&sorters[i].data[start..end])?;
            }
            return Ok(());
        }
        for s in &mut sorters {
            if !s.entries.is_empty() {
                s.spill()?;
            }
        }
        let runs: Vec<&TempRun> = sorters.iter().flat_map(|s| &s.runs).collect();
        let mut readers = Vec::new();
        for run in runs {
            let mut f = &run.file;
            f.rewind()?;
            readers.push(BufReader::with_capacity(1 << 16, f));
        }
        // The next record of a run: its place, its bytes read into `buf` (one buffer a
        // run, reused: no allocation a record).
        let next = |r: &mut BufReader<&std::fs::File>, buf: &mut Vec<u8>| -> Result<Option<u32>> {
            let mut head = [0u8; 8];
            match r.read_exact(&mut head) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
                Err(e) => return Err(e.into()),
            }
            let place = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
            let len = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as usize;
            buf.resize(len, 0);
            r.read_exact(buf)?;
            Ok(Some(place))
        };
        let mut heap = BinaryHeap::new();
        let mut heads: Vec<Vec<u8>> = vec![Vec::new(); readers.len()];
        for (i, r) in readers.iter_mut().enumerate() {
            if let Some(place) = next(r, &mut heads[i])? {
                heap.push(std::cmp::Reverse((place, i)));
            }
        }
        while let Some(std::cmp::Reverse((_, i))) = heap.pop() {
            out.write_all(&heads[i])?;
            if let Some(place) = next(&mut readers[i], &mut heads[i])? {
                heap.push(std::cmp::Reverse((place, i)));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Photo;
    use crate::store::contacts::tests::robin;

    #[test]
    fn sorted_streams_give_what_list_gives() {
        let dir = tempfile::tempdir().unwrap();
        // In memory: one reader; in a file: two, on one snapshot.
        for store in [
            Store::open_in_memory().unwrap(),
            Store::open(&dir.path().join("kard.db")).unwrap(),
        ] {
            sorted_streams_of(&store);
        }
    }

    #[test]
    fn a_second_reader_sees_what_the_first_sees() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kard.db");
        let store = Store::open(&path).unwrap();
        let (first, second) = store.snapshot_pair().unwrap();
        let second = second.expect("a file store has a second reader");
        // A write after both began is seen by neither.
        let writer = Store::open(&path).unwrap();
        writer.write(|s| s.insert_contact(&mut robin())).unwrap();
        let count = |c: &Connection| -> i64 {
            c.query_row("SELECT count(*) FROM contact", [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!((count(&store.conn), count(&second)), (0, 0));
        first.end().unwrap();
        assert_eq!(count(&store.conn), 1);
        let (_, none) = Store::open_in_memory().unwrap().snapshot_pair().unwrap();
        assert!(none.is_none());
        // With a write under way, one reader at once instead of waiting for it.
        writer.conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        let started = std::time::Instant::now();
        let (first, second) = store.snapshot_pair().unwrap();
        assert!(second.is_none());
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        first.end().unwrap();
        writer.conn.execute_batch("ROLLBACK").unwrap();
    }

    fn sorted_streams_of(store: &Store) {
        let names = ["Zoë", "anna", "Ärger", "Bob", "bob", "Émile", "Zed", "Ann"];
        store
            .write(|s| {
                for i in 0..120 {
                    let mut c = robin();
                    c.display_name = format!("{} {}", names[i % names.len()], i % 7);
                    c.phones[0].number = Some(format!("+1555010{:04}", i));
                    if i % 3 == 0 {
                        c.emails.clear();
                    }
                    if i % 4 == 0 {
                        c.phones.push(c.phones[0].clone());
                    }
                    // Contacts read one after another into one: nothing may stay over.
                    if i % 5 == 0 {
                        c.organization = None;
                        c.notes = Some(format!("note {i}"));
                        c.categories = vec!["Friends".into()];
                        c.photo = Some(Photo::Url(format!("https://p.example/{i}")));
                    }
                    s.insert_contact(&mut c)?;
                    if i % 11 == 0 {
                        s.trash_contact(c.id)?;
                    }
                }
                Ok(())
            })
            .unwrap();
        let render = |c: &Contact, buf: &mut Vec<u8>| -> Result<()> {
            serde_json::to_writer(&mut *buf, c)?;
            buf.push(b'\n');
            Ok(())
        };
        for q in [
            ListQuery::default(),
            ListQuery {
                text: Some("zo".into()),
                ..ListQuery::default()
            },
            ListQuery {
                text: Some("0100".into()),
                limit: Some(5),
                ..ListQuery::default()
            },
        ] {
            let mut want = Vec::new();
            store.list(&q, |c| render(&c, &mut want)).unwrap();
            for (min, run) in [(0, 1 << 20), (0, 300), (1000, 300)] {
                let mut got = Vec::new();
                let n = store
                    .list_rendered_with(&q, render, &mut got, min, run)
                    .unwrap();
                assert_eq!(
                    String::from_utf8(got).unwrap(),
                    String::from_utf8(want.clone()).unwrap(),
                    "{q:?} {min} {run}"
                );
                assert_eq!(n as usize, want.iter().filter(|&&b| b == b'\n').count());
            }
        }
    }
}
