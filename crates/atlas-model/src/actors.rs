//! The bodies that run, fund or take part in the programmes.

use crate::{Source, Text};
#[cfg(feature = "codegen")]
use serde::{Deserialize, Serialize};

/// What kind of body an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "codegen", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "codegen", serde(rename_all = "kebab-case"))]
pub enum ActorKind {
    /// A ministry.
    Ministry,
    /// A committee.
    Committee,
    /// An office or post.
    Office,
    /// A task force or team.
    TaskForce,
    /// A regulator.
    Regulator,
    /// A company.
    Company,
    /// A university.
    University,
    /// A research institute or public body.
    Institute,
    /// A broadcaster.
    Broadcaster,
    /// A foreign partner.
    ForeignPartner,
}

/// A body that runs, funds or takes part in programmes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "codegen", derive(Serialize))]
pub struct Actor {
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub name: Text,
    /// Kind.
    pub kind: ActorKind,
    /// Programmes it serves.
    pub programmes: &'static [&'static str],
    /// Its role, where the report says.
    pub role: Option<Text>,
    /// Where the report names it.
    pub source: Source,
}
