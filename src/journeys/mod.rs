//! Journeys built only on the typed endpoints: a resumable onboarding session
//! and one masked-call request mapped onto each provider.

pub mod masked_call;
pub mod onboarding;
