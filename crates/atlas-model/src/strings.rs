//! The interface's strings, one row per key: English, then Korean.
//!
//! They live here, beside the dataset's types, because two programs read them: the app
//! keeps the English (sliced from one string at offsets worked out at compile time), and
//! the build-time checker writes the Korean at the end of the Korean pack (`codegen`), so
//! an English reader's wasm carries none of it (docs/performance.md has the figures).

macro_rules! strings {
    ($($key:ident => $en:literal, $ko:literal;)*) => {
        /// A user-visible string of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key { $(#[allow(missing_docs)] $key,)* }

        /// Every English string, one after the other, in key order.
        const EN: &str = concat!($($en),*);
        /// Where each key's string starts in [`EN`], and the end of the last.
        const EN_AT: [u16; Key::ALL.len() + 1] = offsets([$($en.len()),*]);

        /// Every Korean string in key order: the Korean pack's last lines.
        #[cfg(feature = "codegen")]
        pub const KO: &[&str] = &[$($ko),*];

        impl Key {
            /// Every key, for completeness tests.
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];

            /// The English string.
            ///
            /// An offset table rather than a `match`, which compiles to a pointer and a
            /// length per arm: the table is 2 bytes a key.
            pub fn en(self) -> &'static str {
                let i = self as usize;
                &EN[EN_AT[i] as usize..EN_AT[i + 1] as usize]
            }
        }
    };
}

/// Running sums of the strings' lengths: each string's start, then the total. Fails to
/// compile if the strings outgrow a `u16` offset.
const fn offsets<const N: usize, const M: usize>(lens: [usize; N]) -> [u16; M] {
    assert!(M == N + 1);
    let mut at = [0u16; M];
    let mut sum = 0;
    let mut i = 0;
    while i < N {
        at[i] = sum as u16;
        sum += lens[i];
        i += 1;
    }
    assert!(
        sum <= u16::MAX as usize,
        "interface strings outgrew u16 offsets"
    );
    at[N] = sum as u16;
    at
}

strings! {
    AppName => "Won Atlas", "원 아틀라스";
    DocTitle => "Won Atlas: South Korea’s ₩100 trillion AI initiative", "원 아틀라스: 대한민국 100조 원 AI 이니셔티브";
    LanguageLabel => "Language", "언어";
    DarkTheme => "Dark", "어두운 화면";
    Quarter => "Q{0}", "{0}분기";
    Tagline => "Where South Korea’s AI initiative puts its money, where, and when", "한국 AI 이니셔티브, 돈은 무엇에·어느 지역에·언제 쓰이나";
    HeadlineTotal => "committed to the National Growth Fund", "국민성장펀드 조성 규모";
    HeadlineUsd => "in US dollars, as the report gives it", "보고서가 밝힌 미국 달러 환산액";
    HeadlineProjects => "{0} flagship projects", "선도 프로젝트 {0}개";
    HeadlineProjectsSplit => "{0} AI and {1} super-innovation", "AI {0}개, 초혁신 {1}개";
    ImpliedRate => "Implied rate: ₩{0}–{1} per dollar (derived from the report’s two figures)", "보고서 수치로 역산한 환율: 1달러당 {0}~{1}원";
    ViewsLabel => "Views", "보기";
    ViewFunding => "Funding", "재원 배분";
    ViewRegions => "Regions", "지역";
    ViewTimeline => "Timeline", "타임라인";
    FundingIntro => "Every programme of the initiative with its amount as the report states it. Ranges, “at least”, per-year and unstated amounts are shown as such; the National Growth Fund, the initiative’s main source of finance, is shown apart and not added to them.", "이니셔티브의 모든 프로그램과 그 금액을 보고서에 적힌 그대로 보여 줍니다. 범위, ‘이상’, 연간 금액, 금액 미기재도 그대로 표시합니다. 이니셔티브의 주된 재원인 국민성장펀드는 따로 보여 주며 프로그램 금액에 더하지 않습니다.";
    RegionsIntro => "The report’s regional strategy, the provinces it names and the facilities it places.", "보고서의 지역 전략과 보고서가 언급한 시·도, 시설입니다.";
    TimelineIntro => "Laws, launches, agreements and targets, at the precision the report gives.", "법 제정, 출범, 협약, 목표를 보고서에 적힌 날짜 단위(연·월·일) 그대로 보여 줍니다.";
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
    ColTargetValue => "Value", "목표치";
    TargetAtLeast => "at least {0}", "{0} 이상";
    TargetAtMost => "at most {0}", "{0} 이하";
    TargetTop => "top {0}", "{0}위 이내";
    TargetRange => "{0}–{1}", "{0}~{1}";
    TargetAsWritten => "“{0}” as written (no clear value)", "원문 표기 ‘{0}’(값 불분명)";
    UnitPercent => "{0}%", "{0}%";
    UnitRank => "No. {0}", "{0}위";
    UnitMultiple => "{0}×", "{0}배";
    UnitLevel => "Level {0}", "레벨 {0}";
    UnitModels => "{0} models", "모델 {0}개";
    UnitTeams => "{0} teams", "{0}개 팀";
    UnitTrillionWonPerYear => "₩{0} trillion a year", "연 {0}조 원";
    ProgrammesCaption => "Programmes and their amounts", "프로그램별 금액";
    RegionsCaption => "Regional strategy", "지역 전략";
    ProvincesCaption => "The 17 first-level divisions (2025)", "17개 광역자치단체(2025년 기준)";
    PlacesCaption => "Named facilities", "언급된 시설";
    MilestonesCaption => "Milestones by date", "날짜별 이정표";
    TargetsCaption => "Targets", "목표";
    ConflictsHeading => "Where the report contradicts itself, or needs care", "보고서의 모순과 해석 주의 사항";
    ConflictsIntro => "Every claim is shown; none is picked.", "주장을 모두 보여 줄 뿐, 어느 쪽도 고르지 않습니다.";
    UpdatesHeading => "What later reports say", "이후 보도 내용";
    UpdatesIntro => "Public reporting after the report. It never replaces the report’s figures.", "보고서 이후의 공개 보도입니다. 보고서의 수치를 대체하지 않습니다.";
    SourceLine => "Report section “{0}”, line {1}: “{2}”", "보고서 ‘{0}’ 절, {1}행: “{2}”";
    QuoteTranslation => "Translation: {0}", "번역: {0}";
    CategoryEnvelope => "Envelope", "전체 재원";
    CategoryAi => "AI", "AI";
    CategorySuperInnovation => "Super-innovation", "초혁신";
    CategoryCrossCutting => "Cross-cutting", "공통 기반";
    AmountInCore => "Included in the fund’s core (no figure)", "펀드 핵심 재원에 포함(금액 없음)";
    AmountNotStated => "Amount not stated", "금액 미기재";
    AmountOverYears => "{0} over {1} years", "{1}년간 {0}";
    AmountBy => "{0} by {1}", "{1}년까지 {0}";
    AmountOverYearsBy => "{0} over {1} years, by {2}", "{2}년까지 {1}년간 {0}";
    AmountPerYear => "{0} a year", "연 {0}";
    AmountPerYearBy => "{0} a year by {1}", "{1}년까지 연 {0}";
    AmountOneYear => "{0} ({1} project)", "{0}({1}년 사업)";
    Approximately => "about {0}", "약 {0}";
    ApproximateFloor => "about {0}", "{0}(대략치)";
    WithPeriod => "{0} ({1})", "{0}({1})";
    AtLeast => "at least {0}", "{0} 이상";
    ConvertedPerYear => "{0} a year ({1} ÷ {2} years)", "연 {0}({1} ÷ {2}년)";
    FooterSource => "Source: {0}: {1}. Every figure links to the phrase of the report it comes from.", "출처: {0}: {1}. 모든 수치는 보고서의 해당 문구와 연결되어 있습니다.";
    FooterLater => "Later reports are shown separately, with their addresses.", "이후 보도는 출처 주소와 함께 따로 표시합니다.";
    ErrorTitle => "Something went wrong", "문제가 발생했습니다";
    ErrorBody => "Won Atlas hit an error and stopped drawing. Reloading the page usually helps. The technical detail is below.", "원 아틀라스에 오류가 발생해 화면 그리기를 멈췄습니다. 페이지를 새로 고치면 대개 해결됩니다. 자세한 내용은 아래에 있습니다.";
    ErrorReload => "Reload", "새로 고침";
    NoticeUnknownHash => "Part of this link was not understood and was ignored: {0}", "링크 일부를 해석하지 못해 무시했습니다: {0}";
    NoticeKoreanMissing => "The Korean text did not arrive, so the page stays in English: {0}", "한국어 텍스트를 불러오지 못해 영어로 표시합니다: {0}";
    ExportNeedsKorean => "The CSV has Korean columns, and the Korean text did not arrive: {0}", "CSV에는 한국어 열이 들어가는데, 한국어 텍스트를 불러오지 못했습니다: {0}";
    ExportLoading => "Preparing the export…", "내보내기를 준비하는 중…";
    ExportFailed => "The export did not arrive. Check the connection and try again.", "내보내기 기능을 불러오지 못했습니다. 연결을 확인한 뒤 다시 시도하면 됩니다.";
    TryAgain => "Try again", "다시 시도";
    ChunkLoading => "Loading this view…", "이 보기를 불러오는 중…";
    ChunkFailed => "This view did not arrive. Check the connection and try again.", "이 보기를 불러오지 못했습니다. 연결을 확인한 뒤 다시 시도하면 됩니다.";
    Dismiss => "Dismiss", "닫기";
    ClaimsSays => "says", "주장";
    CloseDetail => "Close details", "상세 정보 닫기";
    DetailAmounts => "Every amount the report states", "보고서에 적힌 모든 금액";
    DetailGoals => "Goals and activities", "목표와 활동";
    DetailTargets => "Targets", "목표치";
    DetailResponsible => "Responsible bodies", "담당 기관";
    DetailActors => "Also involved", "참여 주체";
    DetailWhere => "Where", "지역";
    DetailNotes => "Notes", "참고 사항";
    DetailMilestones => "Milestones", "이정표";
    DetailConflicts => "Where the report contradicts itself, or needs care", "보고서 안의 모순·해석 주의";
    DetailUpdates => "Later reports", "이후 보도";
    ByYear => "by {0}", "{0}년까지";
    ChartOptions => "Chart options", "차트 설정";
    ChartSplit => "Fund by industry (later report)", "산업별 펀드 배분(이후 보도)";
    ChartBars => "Programmes (report)", "프로그램(보고서)";
    MoneyWon => "Won", "원화";
    MoneyDollars => "Dollars", "달러";
    PeriodTotal => "Over the period", "기간 전체";
    PeriodPerYear => "Per year", "연간";
    GroupByCategory => "Group by category", "분류별로 묶기";
    ChartLabelSplit => "Treemap of the National Growth Fund’s likely split by industry, reported at its launch on {0} (later report): {1} industries and the rest (other industries, or not itemised in those reports), sized by amount", "국민성장펀드 출범일({0})에 보도된 산업별 예상 배분: 산업 {1}개와 나머지(기타 산업 또는 해당 보도에 미기재)를 금액에 비례한 면적으로 나타낸 트리맵(이후 보도)";
    ChartLabelBars => "Ranked bar chart of {0} programmes with a stated amount", "보고서에 금액이 적힌 프로그램 {0}개를 금액순으로 나열한 막대그래프";
    ChartHelp => "Arrow keys move between programmes, Enter opens one, Escape closes it. The table below has every figure.", "방향키로 프로그램 사이를 이동하고, Enter로 열고, Esc로 닫습니다. 아래 표에 모든 수치가 있습니다.";
    Announce => "{0}: {1}. {2} of {3}.", "{0}: {1}. {3}개 중 {2}번째.";
    RateNote => "Dollars are converted at ₩{0}–{1} per dollar, the range implied by the report’s “$71–$74 billion” for ₩100 trillion; each figure is shown as the range that gives.", "달러 금액은 보고서가 100조 원을 ‘710억~740억 달러’로 적은 데서 나오는 1달러당 {0}~{1}원으로 환산하며, 각 수치를 그 범위로 표시합니다.";
    LegendOpen => "Dashed edge: “at least”: the figure may be larger", "점선 테두리: ‘이상’(실제 금액이 더 클 수 있음)";
    LegendDisputed => "The report states another figure for the programme, or a contradiction listed below concerns it", "보고서에 다른 수치가 있거나 아래 ‘모순’ 항목에 해당하는 프로그램";
    LegendAmbiguousFigure => "Only points that need care (listed below) concern the programme; read together, its figures agree", "아래 ‘해석 주의’ 항목에만 해당하는 프로그램(함께 읽으면 수치가 맞음)";
    AdditiveNote => "What adds up and what does not: each bar is the first figure the report gives for a programme, in its own terms. The bars are not parts of one whole, and their sum is not a budget. They cover different periods: {1}. Some may overlap or be a different kind of money: the report gives start-ups both {3} and {4}, which may be the same money counted two ways, and the larger may be the SME ministry’s target for venture investment as a whole rather than a budget; AI infrastructure ({5}) is the kind of project the National Growth Fund’s loans are to support (e.g. data centres), but the report does not say whether that figure is part of the fund. The fund ({0}) is to finance the {2} flagship projects, and the report’s key-components table marks {7} of its rows “Included in AI Fund”, with no figure (here: {6}); the report never says whether the amounts drawn here are part of the fund or come on top of it, so the fund is not added to them. Other figures for a programme are listed with it.", "합산 가능한 것과 아닌 것: 각 막대는 보고서가 프로그램별로 처음 제시한 금액을 그대로 옮긴 것입니다. 막대는 한 총액을 나눈 몫이 아니며, 그 합계를 예산으로 볼 수 없습니다. 기간도 제각각입니다({1}). 일부는 서로 겹치거나 성격이 다른 돈일 수 있습니다. 보고서는 스타트업에 {3}과 {4}을 함께 제시하는데, 같은 돈을 두 방식으로 센 것일 수 있고, 큰 쪽은 예산이 아니라 중소벤처기업부의 전체 벤처투자 목표일 수 있습니다. AI 인프라({5})는 국민성장펀드의 대출이 지원하려는 사업(예: 데이터센터)과 같은 종류이지만, 이 금액이 펀드에 포함되는지는 보고서에 나와 있지 않습니다. 펀드({0})는 선도 프로젝트 {2}개에 자금을 대며, 보고서의 핵심 구성표는 {7}개 항목을 금액 없이 ‘AI 펀드에 포함’으로만 표시합니다(해당 프로그램: {6}). 그러나 차트에 그려진 금액이 펀드의 일부인지, 펀드와 별도인지는 밝히지 않으므로 펀드 금액은 더하지 않습니다. 한 프로그램의 다른 수치는 해당 프로그램과 함께 적습니다.";
    // --- funding: the fund's split by industry (later report) ---
    ChartHelpSplit => "Arrow keys move between the parts, each read out with its amount. The table below has every figure.", "방향키로 산업 사이를 이동하면 화면 낭독기가 금액을 읽어 줍니다. 아래 표에 모든 수치가 있습니다.";
    SplitTitle => "Likely split reported at the fund’s launch, {0} (later report)", "국민성장펀드 출범 시({0}) 보도된 산업별 예상 배분(이후 보도)";
    SplitCaption => "{0} in all. Sources: {1}", "전체 {0}. 출처: {1}";
    SplitRest => "Other industries, or not itemised in those reports", "기타 산업 또는 해당 보도에 미기재";
    SplitNote => "From later reporting, not from the report: the parts are the split reported as likely when the fund was launched, and they are never added to the report’s programme figures. The parts come to {0} of {1}; the other {2} goes to other industries or is not itemised in those reports.", "보고서가 아니라 이후 보도에 따른 수치입니다. 각 부분은 펀드 출범 당시 예상 배분으로 보도된 금액이며, 보고서의 프로그램 금액과 더하지 않습니다. 각 부분의 합은 {1} 중 {0}입니다. 기타 산업에 돌아가거나 해당 보도에 항목별로 적히지 않은 나머지는 {2}입니다.";
    SplitTableCaption => "The National Growth Fund by industry (later report)", "국민성장펀드 산업별 배분(이후 보도)";
    ColIndustry => "Industry", "산업";
    ColSplitAmount => "Amount (likely, at launch)", "금액(출범 시 예상)";
    ColShare => "Share of the fund", "펀드 내 비중";
    SplitWhole => "The whole fund", "펀드 전체";
    NoticeTreemapRetired => "The programme treemap is no longer offered: the report’s programme figures are not parts of one whole. The ranked bars are shown instead.", "프로그램 트리맵은 더 이상 제공하지 않습니다. 보고서의 프로그램 금액은 하나의 전체를 나눈 부분이 아니기 때문입니다. 대신 프로그램 막대그래프를 보여 줍니다.";
    // --- end funding split ---
    SpanYears => "{0} years", "{0}년간";
    SpanBy => "by {0}", "{0}년까지";
    SpanOneYear => "{0} alone", "{0}년 한 해";
    SpanPerYear => "a year", "연 단위 금액";
    SpanUnstated => "no stated period", "기간 미기재";
    PerYearNote => "Per year: figures stated per year are shown as stated; totals over a stated number of years are divided by it and marked “÷”. Totals with only an end date (“by 2027”), or that another claim dates so, cannot be divided and are listed below.", "연간: 연 단위로 적힌 금액은 그대로 보여 주고, 기간(연수)이 밝혀진 총액은 그 연수로 나누어 ‘÷’로 표시합니다. 종료 연도만 있는 총액(‘2027년까지’)이나 다른 주장이 그렇게 적은 총액은 나눌 수 없어 아래에 따로 나열합니다.";
    UnplottedHeading => "Not on the chart", "차트에 없는 프로그램";
    WhyInCore => "included in the fund’s core, no figure", "펀드 핵심 재원에 포함, 금액 없음";
    WhyNotStated => "amount not stated", "금액 미기재";
    WhyNoYearly => "no yearly figure (the report gives no clear length for its total)", "연간 수치 없음(총액의 기간이 분명하지 않음)";
    HiddenLabels => "{0} labels did not fit; every programme is in the table.", "라벨 {0}개는 공간이 부족해 생략했습니다. 모든 프로그램은 표에 있습니다.";
    TooltipDrawn => "Drawn as", "차트 표시값";
    TooltipPeriod => "Period", "기간";
    UpdateSources => "Sources", "출처";
    DataTable => "Data table", "데이터 표";
    EmbedMore => "More about this chart", "설명 더 보기";
    SlideCount => "Slide {0} of {1}", "{1}장 중 {0}번째";
    SlideProgress => "Briefing progress", "브리핑 진행";
    SlidePrev => "Previous", "이전";
    SlideNext => "Next", "다음";
    FullScreen => "Full screen (F)", "전체 화면(F)";
    HighContrast => "High contrast", "고대비";
    PresenterView => "Presenter view", "발표자 화면";
    ExitBriefing => "Leave briefing", "브리핑 끝내기";
    PresenterNotes => "Notes", "발표 메모";
    NoNotes => "No notes for this slide.", "이 슬라이드에는 메모가 없습니다.";
    NextSlide => "Next slide", "다음 슬라이드";
    EndOfStory => "End of the story", "브리핑 끝";
    StartBriefing => "Briefing", "브리핑";
    SlideQr => "Scan to open this view on a phone", "휴대전화로 스캔하면 이 화면이 열립니다";
    ExportLabel => "Download", "내려받기";
    ExportJson => "Dataset (JSON)", "전체 데이터(JSON)";
    ExportDate => "Made with Won Atlas on {0}", "원 아틀라스에서 {0} 작성";
    EmbedSource => "Source: {0}. Every figure traces to its phrase in the report.", "출처: {0}. 모든 수치는 보고서의 해당 문구로 확인할 수 있습니다.";
    OpenFullView => "Open full view", "원 아틀라스에서 전체 보기";
    EmbedButton => "Embed", "퍼가기";
    EmbedHeading => "Embed this view", "이 보기 퍼가기";
    EmbedLoading => "Loading the embed builder…", "퍼가기 도구를 불러오는 중…";
    EmbedFailed => "The embed builder did not arrive. Check the connection and try again.", "퍼가기 도구를 불러오지 못했습니다. 연결을 확인한 뒤 다시 시도하면 됩니다.";
    // --- economy view (keys for the economic figures go below this line) ---
    ViewEconomy => "Economy", "경제";
    EconomyIntro => "The economic figures the report cites: the Bank of Korea’s projections, the jobs AI will affect, and figures of context. Later reporting is marked as such.", "보고서가 인용한 경제 수치입니다. 한국은행 전망, AI의 영향을 받을 일자리, 배경 수치를 보여 주며, 이후 보도는 따로 표시합니다.";
    EconomyLabel => "Charts of {0} economic figures from the report and {1} Bank of Korea scenarios from later reporting", "보고서의 경제 수치 {0}개와 이후 보도에 나온 한국은행 시나리오 {1}개를 나타낸 차트";
    EconomyHelp => "Arrow keys move between figures, Enter opens one with its source, Escape closes it. The tables below have every figure.", "방향키로 수치 사이를 이동하고, Enter로 출처와 함께 열고, Esc로 닫습니다. 아래 표에 모든 수치가 있습니다.";
    EconomyBok => "Bank of Korea: what AI adoption adds (report)", "한국은행: AI 도입 효과(보고서)";
    EconomyScenarios => "The three scenarios behind the range, within ten years (later reporting, {0}, {1})", "범위의 근거인 세 시나리오: 10년 내 효과(이후 보도, {0}, {1})";
    Economy2050 => "GDP change, {0}: without and with AI (report)", "{0} GDP 변화: AI 도입 부진 시와 AI 활용 시(보고서)";
    EconomyJobs => "Share of all jobs (report)", "전체 일자리 중 비중(보고서)";
    EconomyContext => "Figures of context (report)", "배경 수치(보고서)";
    LegendProductivity => "Productivity", "생산성";
    LegendGdp => "GDP", "GDP";
    LegendReportFigure => "Filled: the report’s own figure", "속이 찬 기호: 보고서 수치";
    LegendLaterFigure => "Hollow: later reporting, not in the report", "속이 빈 기호: 이후 보도(보고서 외)";
    FigureUpTo => "up to {0}", "최대 {0}";
    RankLargestFirst => "the world’s largest", "세계 최대";
    RankLargest => "the world’s {0}-largest", "세계 {0}위";
    RankLowestFirst => "the world’s lowest", "세계 최저";
    RankLowest => "the world’s {0}-lowest", "세계에서 {0}번째로 낮음";
    ScenariosCaption => "Bank of Korea scenarios (later reporting)", "한국은행 시나리오(이후 보도)";
    FiguresCaption => "Economic figures in the report", "보고서의 경제 수치";
    ColFigure => "Figure", "항목";
    ColValue => "Value", "수치";
    DetailScenarios => "Scenarios behind it (later reporting)", "세부 시나리오(이후 보도)";
    LaterReporting => "Later reporting, not the report: {0}, {1}", "보고서가 아닌 이후 보도: {0}, {1}";
    // --- end economy view ---
    // --- regions view (keys for the map go below this line) ---
    MapLayout => "Map layout", "지도 형태";
    MapGeographic => "Map", "지도";
    MapTiles => "Tile grid", "타일 격자";
    MapLabel => "Map of South Korea’s {0} provinces, shaded by the report’s regional strategy, with {1} named facilities and an inset that draws the Seoul capital area larger", "보고서의 지역 전략에 따라 색칠한 한국 {0}개 시·도 지도와 언급된 시설 {1}곳, 수도권을 크게 보여 주는 확대 지도";
    TilesLabel => "Tile grid of South Korea’s {0} provinces, one equal cell each, shaded by the report’s regional strategy, with {1} named facilities", "한국 {0}개 시·도를 같은 크기 칸으로 나타내고 보고서의 지역 전략에 따라 색칠한 타일 격자와 언급된 시설 {1}곳";
    MapHelp => "Arrow keys move between provinces, north to south and west to east, then the facilities; Enter opens one, Escape closes it. The list below has every province.", "방향키로 시·도 사이를 북에서 남으로, 서에서 동으로 이동한 뒤 시설로 이동합니다. Enter로 열고 Esc로 닫습니다. 아래 목록에 모든 시·도가 있습니다.";
    MapAnnounce => "{0} ({1}): {2}. {3} of {4}.", "{0}({1}): {2}. {4}개 중 {3}번째.";
    LegendInset => "Rectangle on the map: the Seoul capital area, drawn larger in the inset", "지도의 사각형: 확대 지도에 크게 그린 수도권";
    MapInsetTitle => "Seoul capital area", "수도권";
    MapHiddenLabels => "{0} names did not fit on the map; hover or focus a province, or see the list below.", "이름 {0}개는 지도에 들어가지 않아 생략했습니다. 시·도에 마우스를 올리거나 초점을 옮기면 보이며, 아래 목록에도 모두 있습니다.";
    NoRegion => "No regional focus in the report", "보고서에 지역 중점 산업 없음";
    RegionWithFocus => "{0}: {1}", "{0}: {1}";
    ProgrammesHere => "Programmes that concern it", "관련 프로그램";
    NoProgrammesHere => "No programme names it", "이곳을 명시한 프로그램 없음";
    PlacesHere => "Named facilities here", "이곳에서 보고서가 언급한 시설";
    PlaceInProvince => "In", "소재:";
    LegendTwoRegions => "Two colours: in two regions", "두 색: 두 권역에 속함";
    LegendTwoRegionsMap => "In two regions, filled with the narrower one: {0} (the tooltip and list name both)", "두 권역에 속해 더 좁은 권역의 색으로 칠함: {0}(툴팁과 목록에 두 권역 모두 표시)";
    LegendFacility => "Named facility (city-level position)", "언급된 시설(도시 단위 위치)";
    LegendFaded => "Faded: not among the highlighted provinces", "흐리게 표시: 강조 대상이 아닌 시·도";
    HighlightProgramme => "Highlighted: the provinces of “{0}”", "강조: ‘{0}’ 관련 시·도";
    HighlightRegion => "Highlighted: the provinces of the region “{0}”", "강조: ‘{0}’ 권역의 시·도";
    BoundaryNote => "Boundaries: the 17 first-level divisions as of 2025, from Natural Earth (public domain), simplified; small islands are left out.", "경계: 2025년 기준 17개 광역자치단체. 내추럴 어스(Natural Earth, 퍼블릭 도메인) 자료를 단순화했으며 작은 섬은 생략했습니다.";
    BoundaryLater => "Since then, from later reporting:", "이후 보도에 따르면:";
    AbroadHeading => "Named facilities abroad (not on the map)", "보고서가 언급한 해외 시설(지도에 없음)";
    ProvinceListCaption => "The 17 provinces: names, regional strategy, programmes and facilities", "17개 시·도: 이름, 지역 전략, 프로그램, 시설";
    ColProvince => "Province", "시·도";
    ColProgrammes => "Programmes", "프로그램";
    ColFacilities => "Facilities", "시설";
    KindSpecialCity => "Special city", "특별시";
    KindMetropolitanCity => "Metropolitan city", "광역시";
    KindSpecialSelfGoverningCity => "Special self-governing city", "특별자치시";
    KindProvince => "Province", "도";
    KindSpecialSelfGoverningProvince => "Special self-governing province", "특별자치도";
    ShortKr11 => "Seoul", "서울";
    ShortKr26 => "Busan", "부산";
    ShortKr27 => "Daegu", "대구";
    ShortKr28 => "Incheon", "인천";
    ShortKr29 => "Gwangju", "광주";
    ShortKr30 => "Daejeon", "대전";
    ShortKr31 => "Ulsan", "울산";
    ShortKr50 => "Sejong", "세종";
    ShortKr41 => "Gyeonggi", "경기";
    ShortKr51 => "Gangwon", "강원";
    ShortKr43 => "Chungbuk", "충북";
    ShortKr44 => "Chungnam", "충남";
    ShortKr52 => "Jeonbuk", "전북";
    ShortKr46 => "Jeonnam", "전남";
    ShortKr47 => "Gyeongbuk", "경북";
    ShortKr48 => "Gyeongnam", "경남";
    ShortKr49 => "Jeju", "제주";
    // --- end regions view ---
    // --- timeline view (keys for the timeline go below this line) ---
    LaneLaw => "Law and regulation", "법·규제";
    LaneFunding => "Funding and programmes", "재원·프로그램";
    LaneInfrastructure => "Infrastructure", "인프라";
    LaneInternational => "International", "국제 협력";
    LaneTalent => "Talent", "인재";
    LaneTargets => "Targets", "목표";
    LaneLater => "Later reports", "이후 보도";
    KindLaw => "law", "법";
    KindLaunch => "launch", "출범";
    KindAgreement => "agreement", "협약";
    KindAppointment => "appointment", "임명";
    KindOpening => "opening", "개소";
    KindDeadline => "deadline", "기한";
    KindProjection => "projection", "전망";
    KindAnnouncement => "announcement", "발표";
    Today => "Today", "오늘";
    ZoomIn => "+ Zoom in", "+ 확대";
    ZoomOut => "− Zoom out", "− 축소";
    PanEarlier => "← Earlier", "← 이전";
    PanLater => "→ Later", "→ 이후";
    Range2030 => "2024–2030", "2024~2030년";
    Range2050 => "To 2050", "2050년까지";
    TimelineControls => "Timeline range", "타임라인 표시 범위";
    FilterProgramme => "Programme", "프로그램";
    AllProgrammes => "All programmes", "모든 프로그램";
    FilterLanes => "Lanes", "구분";
    TimelineLabel => "Timeline of {0} milestones and later-report events, {1}", "이정표와 이후 보도 {0}건의 타임라인, {1}";
    TimelineHelp => "Arrow keys move between milestones, Enter opens one, Escape closes it; + and − zoom, Shift with arrows pans, 0 resets. Ctrl with the wheel or a pinch zooms; a sideways scroll pans.", "방향키로 이정표 사이를 이동하고 Enter로 열고 Esc로 닫습니다. +와 −로 확대·축소, Shift+방향키로 이동, 0으로 초기화합니다. Ctrl+휠이나 핀치로 확대하고, 가로 스크롤로 이동합니다.";
    TimelineHidden => "Labels hidden at this zoom: {0}. Outside this range: {1}. Zoom, or use the list below, which has every entry.", "이 배율에서 생략한 라벨: {0}개. 범위 밖: {1}건. 확대하면 더 보이며, 아래 목록에 모든 항목이 있습니다.";
    LegendEvent => "Event (month or day)", "사건(월·일 단위)";
    LegendSpan => "Year or period", "연도·기간";
    LegendDeadline => "Target deadline", "목표 기한";
    LegendLater => "Later report (not from the report)", "이후 보도(보고서 외)";
    LegendConflict => "The report gives conflicting dates", "보고서 안의 날짜 모순";
    ConflictMarker => "The report disagrees with itself here", "보고서 안에서 모순되는 부분";
    LaterSource => "Source", "출처";
    TimelineGroup => "{0} entries at this point", "여기 모인 항목 {0}건";
    // --- conflict kinds ---
    ConflictKindContradiction => "Contradiction", "모순";
    ConflictKindAmbiguity => "Needs care", "해석 주의";
    ConflictKindsIntro => "“Contradiction”: the claims cannot all be true as written. “Needs care”: they agree when read together, but one alone misleads.", "‘모순’은 적힌 그대로는 주장이 모두 참일 수 없는 경우이고, ‘해석 주의’는 함께 읽으면 들어맞지만 하나만 보면 오해할 수 있는 경우입니다.";
    AmbiguityMarker => "The report needs careful reading here", "보고서를 주의해서 읽어야 하는 부분";
    LegendAmbiguity => "Dates that agree only when read together", "함께 읽어야 들어맞는 날짜";
    // --- end conflict kinds ---
    // --- places from later reports ---
    LegendLaterFacility => "Facility from a later report (not in the report)", "이후 보도에 나온 시설(보고서 외)";
    LaterPlaceLabel => "Later report, not in the report", "이후 보도(보고서 외)";
    LaterPlacesHere => "Facilities in later reports", "이후 보도에 나온 시설";
    LaterPlacesCaption => "Facilities in later reports (not in the report)", "이후 보도에 나온 시설(보고서 외)";
    MapLaterSuffix => "; facilities from later reports (not in the report), drawn as dashed rings: {0}", ", 이후 보도에 나온 시설(보고서 외, 점선 고리) {0}곳";
    // --- end places from later reports ---
    // --- steps since the report ---
    StepAnnounced => "Announced", "발표";
    StepLegislated => "Legislated", "입법";
    StepBudgeted => "Budgeted", "예산 반영";
    StepContracted => "Signed, or builder or teams chosen", "협약·선정";
    StepLaunched => "Launched or in force", "출범·시행";
    StepUnderWay => "Under way", "착수";
    StepDelivered => "Delivered", "완료";
    StepChanged => "Changed", "변경";
    StepCut => "Cut", "축소";
    StepDelayed => "Delayed", "지연";
    StepDropped => "Dropped", "철회";
    StepMark => "Furthest stage reached: {0}, {1}", "진행 단계: {0}({1})";
    StepMarkNone => "No later stage reached", "이후 진행 단계 없음";
    StepSingle => "only one secondary source", "2차 출처 1곳뿐";
    StepReport => "The report", "보고서";
    StepsHeading => "Where it stands, step by step", "단계별 진행 상황";
    StepAmountYear => "{0} for {1}", "{1}년 {0}";
    StepsLoading => "Loading…", "불러오는 중…";
    ChangesHeading => "What changed since the report", "보고서 이후 달라진 점";
    ChangesUpdated => "latest step {0}", "최근 단계 {0}";
    ChangesIntro => "Every step later reports record after the report’s month ({0}), newest first, each with its source; steps in {0} itself appear only in the panel of the programme they concern, under “Where it stands, step by step”. Later amounts are never added to the report’s.", "보고서 발표({0}) 다음 달부터 이후 보도에 나온 단계를 모두 최신순으로, 출처와 함께 보여 줍니다. {0}에 있었던 단계는 각 프로그램의 ‘단계별 진행 상황’에 있습니다. 이후 보도의 금액은 보고서 수치에 더하지 않습니다.";
    SinceToggle => "Later reports’ amounts", "이후 보도 금액 표시";
    SinceLabel => "Later reports, beside the report’s figure:", "이후 보도(보고서 수치와 별도):";
    SinceNote => "Later reports’ amounts are listed beside the report’s figures in the table below, never added to them.", "이후 보도의 금액은 아래 표에서 보고서 수치 옆에 따로 적으며, 보고서 수치에 더하지 않습니다.";
    SinceNone => "No later amount reported", "이후 보도된 금액 없음";
    SinceShareNotStated => "share for this programme not stated", "이 프로그램 몫 미기재";
    FooterSteps => "Latest step since the report: {0}.", "보고서 이후 단계는 {0}까지 반영했습니다.";
    // --- end steps since the report ---
    DetailProgrammes => "Programmes", "관련 프로그램";
    // --- end timeline view ---
    // --- chart summaries and control names ---
    SummaryLead => "What this chart shows", "차트 요약";
    SummaryBarsTotal => "Ranked bars of the {0} programmes with a stated amount, each over its own period, in {1}, largest first. The largest is {2}, at {3}; the smallest is {4}, at {5}.", "금액이 적힌 프로그램 {0}개를 {1} 기준 금액이 큰 순서대로 나열한 막대그래프입니다(기간은 프로그램마다 다릅니다). 가장 큰 것은 {2}, {3}이고 가장 작은 것은 {4}, {5}입니다.";
    SummaryBarsPerYear => "Ranked bars of the {0} programmes with an amount per year, in {1}, largest first. The largest is {2}, at {3}; the smallest is {4}, at {5}.", "연간 금액이 있는 프로그램 {0}개를 {1} 기준 금액이 큰 순서대로 나열한 막대그래프입니다. 가장 큰 것은 {2}, {3}이고 가장 작은 것은 {4}, {5}입니다.";
    SummaryInWon => "won", "원화";
    SummaryInDollars => "dollars at the ₩{0}–{1} to the dollar implied by the report’s own won and dollar figures", "보고서의 원화·달러 수치에서 나오는 환율(1달러당 {0}~{1}원)로 환산한 달러";
    SummaryRanges => "Ranges ({0}) are drawn from their low to their high end.", "범위로 적힌 금액 {0}개는 하한에서 상한까지 그렸습니다.";
    SummaryFloors => "“At least” amounts ({0}) are drawn solid to their floor and dashed beyond it.", "‘이상’으로 적힌 금액 {0}개는 최저액까지는 실선, 그 이상은 점선으로 그렸습니다.";
    SummaryDisputed => "Marked “!” ({0}): the report states another figure for them, or a contradiction concerns them.", "보고서에 다른 금액이 있거나 모순 항목에 해당하는 {0}개는 ‘!’로 표시했습니다.";
    SummaryAmbiguous => "Marked “?” ({0}): only points that need care concern them.", "‘해석 주의’ 항목에만 해당하는 {0}개는 ‘?’로 표시했습니다.";
    SummaryUnplotted => "{0} programmes are not drawn and are listed under the chart: {1}.", "차트에 없는 프로그램 {0}개({1})는 차트 아래에 따로 적었습니다.";
    SummaryNotStated => "{0} have no stated amount", "금액 미기재 {0}개";
    SummaryInCore => "{0} are inside the National Growth Fund with no figure of their own", "국민성장펀드에 포함돼 별도 금액이 없는 것 {0}개";
    SummaryNoYearly => "{0} have no figure that can be given per year", "연간 금액으로 나타낼 수 없는 것 {0}개";
    SummaryEnvelope => "The National Growth Fund ({0}), the initiative’s main source of finance, is neither drawn nor added to them.", "이니셔티브의 주된 재원인 국민성장펀드({0})는 막대로 그리지 않았고 프로그램 금액에도 더하지 않았습니다.";
    SummarySplit => "Treemap of the National Growth Fund’s likely split by industry, reported on {0} (later report): {1} industries as parts of the whole {2}. The largest is {3}, at {4}; the smallest is {5}, at {6}. {7} is not given to a named industry in those reports and is drawn hatched.", "이후 보도({0})에 나온 국민성장펀드 {2}의 산업별 예상 배분을 면적으로 나타낸 트리맵입니다. 산업 {1}개 가운데 가장 큰 것은 {3}({4}), 가장 작은 것은 {5}({6})입니다. 해당 보도에서 특정 산업에 배분되지 않은 {7}은 빗금으로 표시했습니다.";
    SummarySelected => "Selected: {0}.", "선택한 항목: {0}.";
    // --- one year's amount in the per-year chart ---
    AmountOneYearOnly => "{0} ({1} project; one year)", "{1}년 한 해 {0}";
    SummaryBarsPerYearMixed => "Ranked bars of the {0} programmes with an amount per year, or with one year’s amount where that is all the report gives, in {1}, largest first. The largest is {2}, at {3}; the smallest is {4}, at {5}.", "연간 금액이 있는 프로그램과 보고서에 한 해 금액만 나온 프로그램을 합한 {0}개를 {1} 기준 금액이 큰 순서대로 나열한 막대그래프입니다. 가장 큰 것은 {2}, {3}이고 가장 작은 것은 {4}, {5}입니다.";
    SummaryOneYear => "{0} is drawn with one year’s amount, not a yearly rate: {1}; the report does not say it recurs.", "{0}의 막대({1})는 연간 금액이 아니라 한 해 금액입니다. 보고서는 이 금액이 해마다 반복된다고 밝히지 않습니다.";
    PerYearOneYearNote => "A figure the report gives for one year only is drawn as that year’s amount and labelled “(year) project; one year”: it is not a yearly rate, and the report does not say it recurs.", "보고서에 한 해 금액만 나온 프로그램은 그 금액을 그대로 막대로 나타내고 ‘(연도)년 한 해’로 표시합니다. 이는 연간 금액이 아니며, 보고서는 이 금액이 해마다 반복된다고 밝히지 않습니다.";
    // --- end one year's amount ---
    ChartRole => "chart", "차트";
    LegendChartType => "Chart type", "차트 종류";
    LegendCurrency => "Currency", "통화";
    LegendPeriod => "Period", "기간";
    // --- end chart summaries and control names ---
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first, a middle and the last key read back whole, so the offsets neither cut
    /// nor run into a neighbour.
    #[test]
    fn offsets_slice_each_string_whole() {
        assert_eq!(Key::AppName.en(), "Won Atlas");
        assert_eq!(Key::Quarter.en(), "Q{0}");
        assert_eq!(Key::LegendPeriod.en(), "Period");
        assert_eq!(Key::ALL.last(), Some(&Key::LegendPeriod));
        let total: usize = Key::ALL.iter().map(|k| k.en().len()).sum();
        assert_eq!(total, EN.len());
    }

    /// Each key has its Korean, on one line (the pack is one text per line).
    #[cfg(feature = "codegen")]
    #[test]
    fn every_key_has_one_line_of_korean() {
        assert_eq!(KO.len(), Key::ALL.len());
        assert_eq!(KO[Key::Quarter as usize], "{0}분기");
        assert!(KO.iter().all(|k| !k.is_empty() && !k.contains('\n')));
    }
}
