//! The four views, one component each, named after their tabs: the funding chart, the
//! regional map, the timeline and the economic figures. Each opens with the same chart frame
//! (`frame::use_chart_frame`) and asks the model what the selection highlights
//! (`data::highlight`); its detail panels are in src/ui/panels/.

mod economy;
mod frame;
mod funding;
mod regions;
mod timeline;

pub use economy::EconomyView;
pub use frame::FIT_MIN;
pub use funding::FundingView;
pub use regions::RegionsView;
pub use timeline::TimelineView;
