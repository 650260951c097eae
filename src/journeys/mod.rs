//! Journeys built only on the typed endpoints: a resumable onboarding session
//! and one masked-call request mapped onto each provider.

#[cfg(all(feature = "ivrsolutions", feature = "toku", feature = "rhystalk"))]
pub mod masked_call;
#[cfg(feature = "ivrsolutions")]
pub mod onboarding;
