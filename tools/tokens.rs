//! Writes a region pack as tokens for the guide to read at run time (`src/content/decode.rs`): a
//! serde `Serializer`, so no field is listed here. A reader downloads only their own region's
//! pack (inside their region's glue), not all six inside the wasm.
//!
//! Every value becomes tokens joined by `SEP`, in the order of the model's fields: a text is
//! itself; `true` is `1` and `false` empty; an option is empty (none) or `1` and then its value; a
//! list is its length and then its items; an enum is its variant's index and then its fields; a
//! `Localized` is only its value (a pack is in one language).

use serde::ser::{self, Serialize};
use std::fmt::{self, Display};

/// Between two tokens (the guide's reader splits at it); a text holding it is refused.
use recovery_guide::content::TOKEN_SEP as SEP;

/// `value` as tokens.
pub fn tokens<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = Tokens {
        out: String::new(),
        first: true,
    };
    value.serialize(&mut out)?;
    Ok(out.out)
}

#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

struct Tokens {
    out: String,
    first: bool,
}

impl Tokens {
    fn token(&mut self, text: &str) -> Result<(), Error> {
        if text.contains(SEP) {
            return Err(Error(format!("a text holds the separator: {text:?}")));
        }
        if !self.first {
            self.out.push(SEP);
        }
        self.first = false;
        self.out.push_str(text);
        Ok(())
    }
}

fn unsupported(what: &str) -> Error {
    Error(format!("{what} is not a content shape"))
}

/// The fields of a struct, skipping a `Localized`'s `all` (a pack carries one language).
pub struct Fields<'a> {
    tokens: &'a mut Tokens,
    localized: bool,
}

impl<'a> ser::Serializer for &'a mut Tokens {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Fields<'a>;
    type SerializeTuple = Fields<'a>;
    type SerializeTupleStruct = Fields<'a>;
    type SerializeTupleVariant = Fields<'a>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Fields<'a>;
    type SerializeStructVariant = Fields<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.token(if v { "1" } else { "" })
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.token(&v.to_string())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.token(&v.to_string())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.token(&v.to_string())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.token(&v.to_string())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.token(&v.to_string())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.token(&v.to_string())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.token(&v.to_string())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.token(&v.to_string())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(unsupported("a float"))
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(unsupported("a float"))
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.token(&v.to_string())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.token(v)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.token("")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.token("1")?;
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        index: u32,
        _: &'static str,
    ) -> Result<(), Error> {
        self.token(&index.to_string())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        index: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.token(&index.to_string())?;
        value.serialize(self)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Fields<'a>, Error> {
        let len = len.ok_or_else(|| unsupported("a list of unknown length"))?;
        self.token(&len.to_string())?;
        Ok(Fields {
            tokens: self,
            localized: false,
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Fields<'a>, Error> {
        Ok(Fields {
            tokens: self,
            localized: false,
        })
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Fields<'a>, Error> {
        Ok(Fields {
            tokens: self,
            localized: false,
        })
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        index: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Fields<'a>, Error> {
        self.token(&index.to_string())?;
        Ok(Fields {
            tokens: self,
            localized: false,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(unsupported("a map"))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Fields<'a>, Error> {
        Ok(Fields {
            tokens: self,
            localized: name == "Localized",
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        index: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Fields<'a>, Error> {
        self.token(&index.to_string())?;
        Ok(Fields {
            tokens: self,
            localized: false,
        })
    }
}

impl Fields<'_> {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.tokens)
    }
}

/// A sequence, a tuple and a tuple struct or variant: each item in order, nothing around them.
macro_rules! items_in_order {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Fields<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.item(value)
            }
            fn end(self) -> Result<(), Error> {
                Ok(())
            }
        }
    )*};
}

items_in_order!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeStruct for Fields<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        if self.localized && key == "all" {
            return Ok(());
        }
        self.item(value)
    }
    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}

impl ser::SerializeStructVariant for Fields<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.item(value)
    }
    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}
