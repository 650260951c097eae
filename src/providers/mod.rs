//! One module per partner API; inside, one file per spec tag, each operation
//! declared once with `#[operation]` (see `telepartner-macros`), and the API's
//! registry (`OPERATIONS`) in its `mod.rs`.

#[cfg(feature = "ivrsolutions")]
pub mod ivrsolutions;
#[cfg(feature = "rhystalk")]
pub mod rhystalk;
#[cfg(feature = "toku")]
pub mod toku;
