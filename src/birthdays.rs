//! Upcoming birthdays: the next date a birthday falls on, the age turned, from a day.

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i64,
    pub month: u32,
    pub day: u32,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Date {
    /// `YYYY-MM-DD`, a real date.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year: i64 = parts.next()?.parse().ok()?;
        let month: u32 = parts.next()?.parse().ok()?;
        let day: u32 = parts.next()?.parse().ok()?;
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    fn days(self) -> i64 {
        let y = self.year - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Today in UTC from the clock, unless `KARD_TODAY=YYYY-MM-DD` pins it (for tests:
    /// a birthday list depends on the day it is asked).
    pub fn today() -> Date {
        if let Some(pinned) = std::env::var("KARD_TODAY")
            .ok()
            .and_then(|t| Date::parse(&t))
        {
            return pinned;
        }
        let now = crate::store::now();
        Date::parse(&now[..10]).unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        })
    }
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 31,
    }
}

/// When a birthday (`YYYY-MM-DD` or `--MM-DD`) comes next, on or after `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Upcoming {
    pub next: Date,
    /// Days from today: 0 is today.
    pub in_days: i64,
    /// The age turned, when the year of birth is known.
    pub age: Option<i64>,
}

pub fn upcoming(birthday: &str, today: Date) -> Option<Upcoming> {
    let (year, rest) = match birthday.strip_prefix("--") {
        Some(rest) => (None, rest),
        None => {
            let (y, rest) = birthday.split_once('-')?;
            (Some(y.parse::<i64>().ok()?), rest)
        }
    };
    let (m, d) = rest.split_once('-')?;
    let (month, day): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    // 29 February is celebrated on 28 February in other years.
    let on = |y: i64| Date {
        year: y,
        month,
        day: day.min(days_in_month(y, month)),
    };
    let mut next = on(today.year);
    if next < today {
        next = on(today.year + 1);
    }
    Some(Upcoming {
        next,
        in_days: next.days() - today.days(),
        age: year.map(|y| next.year - y).filter(|&a| a >= 0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_birthdays_and_ages() {
        let d = |s: &str| Date::parse(s).unwrap();
        for (birthday, today, next, in_days, age) in [
            ("1990-05-10", "2026-05-01", "2026-05-10", 9, Some(36)),
            ("1990-05-10", "2026-05-10", "2026-05-10", 0, Some(36)),
            ("1990-05-10", "2026-05-11", "2027-05-10", 364, Some(37)),
            ("--12-31", "2026-12-30", "2026-12-31", 1, None),
            ("--01-02", "2026-12-30", "2027-01-02", 3, None),
            ("2000-02-29", "2026-02-01", "2026-02-28", 27, Some(26)),
            ("2000-02-29", "2028-02-01", "2028-02-29", 28, Some(28)),
            ("--02-29", "2027-03-01", "2028-02-29", 365, None),
        ] {
            let u = upcoming(birthday, d(today)).unwrap();
            assert_eq!(
                (u.next, u.in_days, u.age),
                (d(next), in_days, age),
                "{birthday} {today}"
            );
        }
        assert!(upcoming("garbage", d("2026-01-01")).is_none());
        assert_eq!(d("1970-01-02").days(), 1);
    }
}
