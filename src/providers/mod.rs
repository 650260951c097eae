//! One module per partner API; inside, one file per spec tag.

#[macro_use]
mod macros;
pub mod ivrsolutions;
pub mod rhystalk;
pub mod toku;
