//! The interface's strings. One row per key: English, then Korean.

use super::Lang;

macro_rules! strings {
    ($($key:ident => $en:expr, $ko:expr;)*) => {
        /// A user-visible string of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key { $(#[allow(missing_docs)] $key,)* }

        impl Key {
            /// Every key, for completeness tests.
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];

            /// The string in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Key::$key, Lang::En) => $en, (Key::$key, Lang::Ko) => $ko,)*
                }
            }
        }
    };
}

strings! {
    AppName => "Won Atlas", "원 아틀라스";
    Tagline => "Where South Korea’s AI initiative puts its money, where, and when", "한국 AI 이니셔티브의 돈이 어디로, 어느 지역에, 언제 가는지";
    HeadlineTotal => "committed to the National Growth Fund", "국가성장펀드 조성 규모";
    HeadlineUsd => "in US dollars, as the report gives it", "보고서가 밝힌 미국 달러 환산액";
    HeadlineProjects => "{0} flagship projects", "선도 프로젝트 {0}개";
    HeadlineProjectsSplit => "{0} AI and {1} super-innovation", "AI {0}개, 초혁신 {1}개";
    ImpliedRate => "Implied rate: ₩{0}–{1} per dollar (derived from the report’s two figures)", "환산 환율: 1달러당 {0}–{1}원 (보고서의 두 수치에서 계산)";
    ViewsLabel => "Views", "보기";
    ViewFunding => "Funding", "예산 배분";
    ViewRegions => "Regions", "지역";
    ViewTimeline => "Timeline", "일정";
    FundingIntro => "Every programme of the initiative with its amount as the report states it. Ranges, “at least”, per-year and unstated amounts are shown as such; the National Growth Fund is the envelope that finances the others and is not added to them.", "이니셔티브의 모든 프로그램과 보고서에 적힌 그대로의 금액입니다. 범위, ‘이상’, 연간 금액, 미공개 금액을 있는 그대로 보여 줍니다. 국가성장펀드는 나머지를 지원하는 전체 재원이므로 합산하지 않습니다.";
    RegionsIntro => "The report’s regional strategy, the provinces it names and the facilities it places.", "보고서의 지역 전략, 언급된 시·도와 시설입니다.";
    TimelineIntro => "Laws, launches, agreements and targets, at the precision the report gives.", "보고서가 밝힌 정밀도 그대로의 법, 출범, 협약, 목표입니다.";
    ColProgramme => "Programme", "프로그램";
    ColCategory => "Group", "분류";
    ColAmount => "Amount as the report states it", "보고서상 금액";
    ColSource => "Where the report says it", "보고서 출처";
    ColRegion => "Region", "권역";
    ColProvinces => "Provinces", "시·도";
    ColFocus => "Focus", "중점 산업";
    ColPlace => "Facility", "시설";
    ColDate => "When", "시기";
    ColMilestone => "Milestone", "이정표";
    ColKind => "Kind", "종류";
    ColTarget => "Target", "목표";
    ColDeadline => "By", "기한";
    ProgrammesCaption => "Programmes and their amounts", "프로그램별 금액";
    RegionsCaption => "Regional strategy", "지역 전략";
    ProvincesCaption => "The 17 first-level divisions (2025)", "17개 광역자치단체 (2025년 기준)";
    PlacesCaption => "Named facilities", "언급된 시설";
    MilestonesCaption => "Milestones by date", "날짜별 이정표";
    TargetsCaption => "Targets", "목표";
    ConflictsHeading => "Where the report contradicts itself", "보고서 안의 상충";
    ConflictsIntro => "Both claims are shown; Won Atlas does not pick one.", "두 주장을 모두 보여 주며, 어느 한쪽을 고르지 않습니다.";
    UpdatesHeading => "What later reports say", "이후 보도 내용";
    UpdatesIntro => "Public reporting after the report. It never replaces the report’s figures.", "보고서 이후의 공개 보도입니다. 보고서의 수치를 대체하지 않습니다.";
    SourceLine => "Report section “{0}”, line {1}: “{2}”", "보고서 ‘{0}’ 절, {1}행: “{2}”";
    CategoryEnvelope => "Envelope", "전체 재원";
    CategoryAi => "AI", "AI";
    CategorySuperInnovation => "Super-innovation", "초혁신";
    CategoryCrossCutting => "Cross-cutting", "공통 기반";
    AmountInCore => "Included in the fund’s core (no figure)", "펀드 핵심 재원에 포함 (금액 없음)";
    AmountNotStated => "Amount not stated", "금액 미기재";
    AmountOverYears => "{0} over {1} years", "{1}년간 {0}";
    AmountBy => "{0} by {1}", "{1}년까지 {0}";
    AmountOverYearsBy => "{0} over {1} years, by {2}", "{2}년까지 {1}년간 {0}";
    AmountPerYear => "{0} a year", "연 {0}";
    AmountPerYearBy => "{0} a year by {1}", "{1}년까지 연 {0}";
    AmountOneYear => "{0} ({1} budget)", "{0} ({1}년 예산)";
    Approximately => "about {0}", "약 {0}";
    FooterSource => "Source: {0}: {1}. Every figure links to the phrase of the report it comes from.", "출처: {0}: {1}. 모든 수치는 보고서의 해당 문구와 연결되어 있습니다.";
    FooterLater => "Later reports are shown separately, with their addresses.", "이후 보도는 주소와 함께 따로 표시합니다.";
    ErrorTitle => "Something went wrong", "문제가 발생했습니다";
    ErrorBody => "Won Atlas hit an error and stopped drawing. Reloading the page usually helps. The technical detail is below.", "원 아틀라스에 오류가 발생해 화면 그리기를 멈췄습니다. 페이지를 새로 고치면 대개 해결됩니다. 자세한 내용은 아래에 있습니다.";
    ErrorReload => "Reload", "새로 고침";
    NoticeUnknownHash => "Part of this link was not understood and was ignored: {0}", "링크의 일부를 이해하지 못해 무시했습니다: {0}";
    Dismiss => "Dismiss", "닫기";
    ClaimsSays => "says", "주장";
    UpdateSources => "Sources", "출처";
}
