//! The settings kept in the store, named once: which there are, what each is for (as
//! `kard config` lists them), and the user's own presence (`kard profile set`), which
//! the directory puts over what a sync brings.

use crate::model::{Action, Contact, Presence, PresenceState};
use crate::store::Store;
use anyhow::Result;

/// A setting of the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    Region,
    Me,
    FaxCommand,
    HandlerCall,
    HandlerChat,
    HandlerMeet,
    MeetUrl,
    /// Kept by `kard profile set`, not by `kard config`.
    ProfilePresence,
    ProfileMessage,
}

impl Setting {
    /// The settings `kard config` reads and changes, in its order.
    pub const CONFIG: [Setting; 7] = [
        Setting::Region,
        Setting::Me,
        Setting::FaxCommand,
        Setting::HandlerCall,
        Setting::HandlerChat,
        Setting::HandlerMeet,
        Setting::MeetUrl,
    ];

    /// Its name in the store and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Setting::Region => "region",
            Setting::Me => "me",
            Setting::FaxCommand => "fax.command",
            Setting::HandlerCall => "handler.call",
            Setting::HandlerChat => "handler.chat",
            Setting::HandlerMeet => "handler.meet",
            Setting::MeetUrl => "meet.url",
            Setting::ProfilePresence => "profile.presence",
            Setting::ProfileMessage => "profile.message",
        }
    }

    /// What it is for.
    pub fn about(self) -> &'static str {
        match self {
            Setting::Region => {
                "default region for numbers without a country code (e.g. US, GB, DE)"
            }
            Setting::Me => "the directory entry that is you (set with `kard profile set --me`)",
            Setting::FaxCommand => {
                "program run by `fax send`: {number} {name} {company} {files} {cover}"
            }
            Setting::HandlerCall => "program given the tel: URI by `kard call`",
            Setting::HandlerChat => "program given the sms: URI by `kard chat`",
            Setting::HandlerMeet => "program given the meeting URL by `kard meet`",
            Setting::MeetUrl => "meeting link template, e.g. https://meet.example/{user}",
            Setting::ProfilePresence => "your presence, over the directory's",
            Setting::ProfileMessage => "your status message, over the directory's",
        }
    }

    /// The `kard config` setting named `key`.
    pub fn of_config(key: &str) -> Option<Setting> {
        Setting::CONFIG.into_iter().find(|s| s.key() == key)
    }

    /// The program that opens the URI of a quick action, for those that have one.
    pub fn handler(action: Action) -> Option<Setting> {
        match action {
            Action::Call => Some(Setting::HandlerCall),
            Action::Chat => Some(Setting::HandlerChat),
            Action::Meet => Some(Setting::HandlerMeet),
            Action::Fax | Action::Email => None,
        }
    }
}

/// The user's own contact (setting `me`), when it is set and still stored.
pub fn me(store: &Store) -> Result<Option<Contact>> {
    let Some(uid) = store.setting(Setting::Me)? else {
        return Ok(None);
    };
    match store.contact_by_uid(&uid)? {
        Some(id) => store.contact(id),
        None => Ok(None),
    }
}

/// What the user set for their own presence, over the directory's.
#[derive(Debug, Default, Clone)]
pub struct PresenceOverride {
    pub state: Option<PresenceState>,
    /// Some(None): the user cleared the message.
    pub message: Option<Option<String>>,
}

impl PresenceOverride {
    pub fn load(store: &Store) -> Result<PresenceOverride> {
        Ok(PresenceOverride {
            state: store
                .setting(Setting::ProfilePresence)?
                .and_then(|s| s.parse().ok()),
            message: store
                .setting(Setting::ProfileMessage)?
                .map(|m| Some(m).filter(|m| !m.is_empty())),
        })
    }

    pub fn save(&self, store: &Store) -> Result<()> {
        if let Some(state) = self.state {
            store.set_setting(Setting::ProfilePresence, Some(state.as_str()))?;
        }
        if let Some(message) = &self.message {
            store.set_setting(
                Setting::ProfileMessage,
                Some(message.as_deref().unwrap_or("")),
            )?;
        }
        Ok(())
    }

    /// Put the user's own presence over the directory's on their contact.
    pub fn apply(&self, c: &mut Contact) {
        if self.state.is_none() && self.message.is_none() {
            return;
        }
        let (state, message) = match c.presence.take() {
            Some(p) => (p.state, p.message),
            None => (PresenceState::Available, None),
        };
        c.presence = Some(Presence {
            state: self.state.unwrap_or(state),
            message: self.message.clone().unwrap_or(message),
        });
    }
}
