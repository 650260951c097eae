//! One module per partner API; inside, one file per spec tag, each operation
//! declared once with `#[operation]` (see `telepartner-macros`), and the API's
//! registry (`OPERATIONS`) in its `mod.rs`.

pub mod ivrsolutions;
pub mod rhystalk;
pub mod toku;
