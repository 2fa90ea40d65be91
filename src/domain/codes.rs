//! The product's fixed lists. Each code is stored as text in the database, sent in forms and
//! shown through a translation `<prefix>-<code>`; the enum makes an unknown code impossible
//! past the edge.

/// Declares an enum of text codes with `ALL`, `code()`, `parse()`, `Display` and the database
/// encoding (TEXT on both backends).
macro_rules! codes {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The codes in declaration order (for pick lists and translation checks).
            pub const CODES: &'static [&'static str] = &[$($code),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse(code: &str) -> Option<$name> {
                match code.trim() { $($code => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.code()
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.code() == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.code() == *other
            }
        }

        impl sqlx::Type<sqlx::Any> for $name {
            fn type_info() -> sqlx::any::AnyTypeInfo {
                <String as sqlx::Type<sqlx::Any>>::type_info()
            }
            fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
                <String as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }

        impl<'r> sqlx::Decode<'r, sqlx::Any> for $name {
            fn decode(value: sqlx::any::AnyValueRef<'r>) -> Result<$name, sqlx::error::BoxDynError> {
                let code = <String as sqlx::Decode<'r, sqlx::Any>>::decode(value)?;
                $name::parse(&code).ok_or_else(|| {
                    format!(concat!("unknown ", stringify!($name), " code {:?}"), code).into()
                })
            }
        }

        impl<'q> sqlx::Encode<'q, sqlx::Any> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&str as sqlx::Encode<'q, sqlx::Any>>::encode(self.code(), buf)
            }
        }
    };
}

codes! {
    /// Primary, special, secondary, special secondary and vocational education.
    pub enum SchoolType { Po = "po", So = "so", Vo = "vo", Vso = "vso", Mbo = "mbo" }
}

codes! {
    /// How a guardian relates to a pupil.
    pub enum Relationship {
        Mother = "mother",
        Father = "father",
        Carer = "carer",
        Foster = "foster",
        Grandparent = "grandparent",
        Other = "other",
    }
}

codes! {
    /// What a round of conversations is for.
    pub enum RoundKind { Start = "start", Progress = "progress", Exit = "exit", Other = "other" }
}

codes! {
    /// Where or how a conversation takes place.
    pub enum ConversationForm { School = "school", Video = "video", Phone = "phone", Home = "home" }
}

codes! {
    /// Ways of reaching a family that has not booked (the escalation ladder).
    pub enum ContactChannel {
        Phone = "phone",
        Door = "door",
        Pupil = "pupil",
        Family = "family",
        MeetingPlace = "meeting-place",
        Other = "other",
        /// A printed invitation letter given to the pupil to take home (logged when printed).
        Letter = "letter",
    }
}

codes! {
    /// What happened with a booked conversation, recorded by its host.
    pub enum Attendance { Held = "held", NoShow = "no-show", CancelledBySchool = "cancelled-by-school" }
}

codes! {
    /// The kind of a conversation record; it decides the prompts of the form.
    pub enum RecordKind {
        Start = "start",
        Progress = "progress",
        Closing = "closing",
        Exit = "exit",
        Other = "other",
    }
}

codes! {
    pub enum RecordStatus { Draft = "draft", Closed = "closed" }
}

codes! {
    pub enum AgreementStatus { Open = "open", Done = "done", Adjusted = "adjusted", Dropped = "dropped" }
}

codes! {
    /// Why a pupil leaves the school.
    pub enum LeavingReason { EndPrimary = "end-primary", EndSecondary = "end-secondary", Move = "move", Transfer = "transfer", Other = "other" }
}

codes! {
    /// Progress of an item of the director's action plan.
    pub enum ActionStatus { Planned = "planned", Doing = "doing", Done = "done" }
}

codes! {
    /// Channels a communicatieplan can name.
    pub enum PlanChannel {
        VisitDay = "visit-day",
        VisitEvening = "visit-evening",
        Phone = "phone",
        Video = "video",
        Email = "email",
        Messaging = "messaging",
        HomeVisit = "home-visit",
    }
}

codes! {
    /// The parents' decision on the action part (handelingsdeel) of the OPP.
    pub enum OppStatus { Asked = "asked", Given = "given", Refused = "refused", Withdrawn = "withdrawn" }
}

codes! {
    /// How a contact in the contact log happened.
    pub enum LogChannel {
        Phone = "phone",
        Email = "email",
        Visit = "visit",
        Message = "message",
        Conversation = "conversation",
    }
}

codes! {
    /// Forms of a group exit session.
    pub enum SessionKind { Workshop = "workshop", Panel = "panel", Cafe = "cafe" }
}

codes! {
    /// "Was our advice right?" in the follow-up questionnaire.
    pub enum AdviceAnswer { Yes = "yes", Partly = "partly", No = "no" }
}

codes! {
    /// A booking holds its slot while active; the partial unique indexes on `bookings` count
    /// only `active` rows.
    pub enum BookingStatus { Active = "active", Cancelled = "cancelled", Swapping = "swapping" }
}

codes! {
    pub enum MailStatus { Pending = "pending", Sending = "sending", Sent = "sent", Failed = "failed" }
}

codes! {
    pub enum ImportStatus { Preview = "preview", Running = "running", Done = "done", Failed = "failed" }
}

codes! {
    /// A family's request to swap times with another family; the partial unique index on
    /// `swap_requests` allows one `open` request per booking.
    pub enum SwapStatus { Open = "open", Accepted = "accepted", Declined = "declined", Withdrawn = "withdrawn" }
}

codes! {
    /// When a family is invited to look back on the school: each time a child leaves, or when
    /// the last child leaves (`schools.exit_policy`).
    pub enum ExitPolicy { Each = "each", Last = "last" }
}

/// The language names shown for guardians' preferred language (ISO 639-1 codes); anything
/// else a school types is shown as typed.
pub const LANGUAGES: [&str; 12] = [
    "nl", "en", "ar", "tr", "pl", "uk", "so", "ti", "fa", "de", "fr", "es",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for r in Relationship::ALL {
            assert_eq!(Relationship::parse(r.code()), Some(*r));
        }
        assert_eq!(Relationship::parse(" mother "), Some(Relationship::Mother));
        assert_eq!(Relationship::parse("aunt"), None);
        assert_eq!(AgreementStatus::Open.to_string(), "open");
        assert!(AgreementStatus::Open == "open");
        assert_eq!(ContactChannel::MeetingPlace.code(), "meeting-place");
        assert_eq!(RecordKind::CODES.len(), RecordKind::ALL.len());
    }
}
