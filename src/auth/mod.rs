//! Staff authentication: passwords, database-backed sessions, one-time links, throttling,
//! and the extractor that hands a handler the signed-in person.

pub mod access;
pub mod client_ip;
pub mod credentials;
pub mod devices;
pub mod mfa;
pub mod parent_sessions;
pub mod passwords;
pub mod sessions;
pub mod staff_tokens;
pub mod throttle;
pub mod tokens;
pub mod totp;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use crate::error::AppError;
use crate::web::ctx::{CurrentParentSession, CurrentSession};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Roles {
    pub teacher: bool,
    pub care_coordinator: bool,
    pub director: bool,
    pub administrator: bool,
}

impl Roles {
    /// Directors, care coordinators and administrators see every pupil of their school;
    /// teachers only the pupils of their own groups.
    pub fn sees_whole_school(&self) -> bool {
        self.director || self.care_coordinator || self.administrator
    }

    pub fn any(&self) -> bool {
        self.teacher || self.care_coordinator || self.director || self.administrator
    }
}

#[derive(Clone, Debug)]
pub struct StaffUser {
    pub id: i64,
    pub school_id: i64,
    pub name: String,
    pub email: String,
    pub roles: Roles,
    /// Staff of the school board see every school's coverage (granted by the operator).
    pub board: bool,
}

#[derive(Clone, Debug)]
pub struct Session {
    pub token_hash: String,
    pub csrf: String,
    pub staff: StaffUser,
}

/// A handler argument that requires a signed-in staff member.
pub struct CurrentStaff(pub StaffUser);

impl<S: Send + Sync> FromRequestParts<S> for CurrentStaff {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        match parts
            .extensions
            .get::<CurrentSession>()
            .and_then(|s| s.0.clone())
        {
            Some(session) => Ok(CurrentStaff(session.staff.clone())),
            None => {
                let next = parts
                    .uri
                    .path_and_query()
                    .map(|p| p.as_str().to_string())
                    .unwrap_or_else(|| "/".into());
                Err(AppError::SignInRequired { next })
            }
        }
    }
}

/// A handler argument that requires a parent signed in to their own view (`/ouders`); without
/// one the parent is sent to the page that mails a sign-in link.
pub struct CurrentParent(pub parent_sessions::ParentSession);

impl<S: Send + Sync> FromRequestParts<S> for CurrentParent {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<CurrentParentSession>()
            .and_then(|s| s.0.as_deref().cloned())
            .map(CurrentParent)
            .ok_or(AppError::ParentSignInRequired)
    }
}

impl<S: Send + Sync> axum::extract::OptionalFromRequestParts<S> for CurrentParent {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &S,
    ) -> Result<Option<Self>, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<CurrentParentSession>()
            .and_then(|s| s.0.as_deref().cloned())
            .map(CurrentParent))
    }
}

impl StaffUser {
    /// Groups, pupils and guardians are created and archived by the whole-school roles.
    pub fn require_editor(&self) -> Result<(), AppError> {
        if access::may_edit_school_data(self) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// Directors, care coordinators and administrators: pages about the whole school.
    pub fn require_whole_school(&self) -> Result<(), AppError> {
        if self.roles.sees_whole_school() {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    pub fn require_admin(&self) -> Result<(), AppError> {
        if self.roles.administrator {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}
