//! Bakes content into Rust: a serde `Serializer` that writes any value of the content model
//! (`src/content/model.rs`) as the Rust expression that builds it. `build.rs` uses it, so no
//! field is ever listed by hand: a struct becomes `Name { field: value, }`, a list `List(&[…])`,
//! an enum `Name::Variant`, an option `Some(…)` or `None`. Maps and floats are not content shapes.

use serde::ser::{self, Serialize};
use std::fmt::{self, Display};

/// Turns a string where it is baked: its path (as `keep` names it) and its text in, the
/// text to bake out.
pub type Rewrite = Box<dyn Fn(&str, &str) -> String>;

/// The Rust expression for `value`. Where `keep` names fields, every string is left empty but
/// those under them (`"ui.quick_exit_leaving"`: field names from the top, joined by dots; a list's
/// items are under the list's field; a name keeps everything under it). Each string kept is first
/// turned by `rewrite`, where one is given (the build respells a region's words so:
/// `content::spelling`).
pub fn bake_with<T: Serialize + ?Sized>(
    value: &T,
    keep: Option<&[&str]>,
    rewrite: Option<Rewrite>,
) -> Result<String, Error> {
    let mut out = Baker {
        keep: keep.map(|keep| keep.iter().map(|k| (k.to_string(), false)).collect()),
        rewrite,
        ..Baker::default()
    };
    value.serialize(&mut out)?;
    // A name that keeps nothing is a field renamed or mistyped: its words would be baked empty.
    let unused = out.keep.iter().flatten().find(|(_, used)| !used);
    if let Some((name, _)) = unused {
        return Err(Error(format!("no string under `{name}` to keep")));
    }
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

#[derive(Default)]
struct Baker {
    out: String,
    /// The field names from the top to the value being baked.
    path: Vec<&'static str>,
    /// Where strings are kept (`keep`), each with whether it kept one; `None`: everywhere.
    keep: Option<Vec<(String, bool)>>,
    rewrite: Option<Rewrite>,
}

impl Baker {
    fn keeps_this_string(&mut self) -> bool {
        let Some(keep) = &mut self.keep else {
            return true;
        };
        let here = self.path.join(".");
        let mut kept = false;
        for (name, used) in keep.iter_mut() {
            if here == *name || here.starts_with(&format!("{name}.")) {
                (*used, kept) = (true, true);
            }
        }
        kept
    }
}

fn unsupported(what: &str) -> Error {
    Error(format!("{what} is not a content shape"))
}

impl<'a> ser::Serializer for &'a mut Baker {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Items<'a>;
    type SerializeTuple = Items<'a>;
    type SerializeTupleStruct = Items<'a>;
    type SerializeTupleVariant = Items<'a>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Items<'a>;
    type SerializeStructVariant = Items<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.out.push_str(&v.to_string());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.out.push_str(&v.to_string());
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(unsupported("a float"))
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(unsupported("a float"))
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.out.push_str(&format!("{v:?}"));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        let v = match (self.keeps_this_string(), &self.rewrite) {
            (false, _) => String::new(),
            (true, Some(rewrite)) => rewrite(&self.path.join("."), v),
            (true, None) => v.to_string(),
        };
        // Debug escapes are valid Rust string escapes.
        self.out.push_str(&format!("{v:?}"));
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.out.push_str("None");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.out.push_str("Some(");
        value.serialize(&mut *self)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("()");
        Ok(())
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<(), Error> {
        self.out.push_str(name);
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.out.push_str(&format!("{name}::{variant}"));
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.out.push_str(name);
        self.out.push('(');
        value.serialize(&mut *self)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.out.push_str(&format!("{name}::{variant}("));
        value.serialize(&mut *self)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Items<'a>, Error> {
        Ok(Items::open(self, "&[", "]"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Items<'a>, Error> {
        Ok(Items::open(self, "(", ")"))
    }
    fn serialize_tuple_struct(self, name: &'static str, _: usize) -> Result<Items<'a>, Error> {
        let open = format!("{name}(");
        Ok(Items::open(self, &open, ")"))
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Items<'a>, Error> {
        let open = format!("{name}::{variant}(");
        Ok(Items::open(self, &open, ")"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(unsupported("a map"))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Items<'a>, Error> {
        let open = format!("{name} {{ ");
        Ok(Items::open(self, &open, "}"))
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Items<'a>, Error> {
        let open = format!("{name}::{variant} {{ ");
        Ok(Items::open(self, &open, "}"))
    }
}

/// The items of a list, tuple or struct, each followed by a comma.
struct Items<'a> {
    out: &'a mut Baker,
    close: &'static str,
}

impl<'a> Items<'a> {
    fn open(out: &'a mut Baker, open: &str, close: &'static str) -> Self {
        out.out.push_str(open);
        Items { out, close }
    }
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.out)?;
        self.out.out.push_str(", ");
        Ok(())
    }
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.out.out.push_str(key);
        self.out.out.push_str(": ");
        self.out.path.push(key);
        let baked = self.item(value);
        self.out.path.pop();
        baked
    }
    fn close(self) -> Result<(), Error> {
        self.out.out.push_str(self.close);
        Ok(())
    }
}

macro_rules! items {
    ($($trait:ident, $method:ident);*) => {$(
        impl ser::$trait for Items<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.item(value)
            }
            fn end(self) -> Result<(), Error> {
                self.close()
            }
        }
    )*};
}
items!(SerializeSeq, serialize_element; SerializeTuple, serialize_element;
    SerializeTupleStruct, serialize_field; SerializeTupleVariant, serialize_field);

macro_rules! fields {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Items<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Error> {
                self.field(key, value)
            }
            fn end(self) -> Result<(), Error> {
                self.close()
            }
        }
    )*};
}
fields!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::bake_with;
    use serde::Serialize;

    fn bake<T: Serialize + ?Sized>(value: &T) -> Result<String, super::Error> {
        bake_with(value, None, None)
    }

    fn bake_keeping<T: Serialize + ?Sized>(
        value: &T,
        keep: &[&str],
    ) -> Result<String, super::Error> {
        bake_with(value, Some(keep), None)
    }

    #[derive(Serialize)]
    struct Line {
        id: &'static str,
        tel: Option<&'static str>,
        items: Vec<&'static str>,
        kind: Kind,
    }

    #[derive(Serialize)]
    enum Kind {
        Call,
        #[allow(dead_code)]
        Steps {
            title: &'static str,
        },
    }

    #[test]
    fn writes_the_rust_that_builds_the_value() {
        let line = Line {
            id: "sam\"hsa",
            tel: Some("988"),
            items: vec!["a", "b"],
            kind: Kind::Call,
        };
        assert_eq!(
            bake(&line).unwrap(),
            r#"Line { id: "sam\"hsa", tel: Some("988"), items: &["a", "b", ], kind: Kind::Call, }"#
        );
        assert_eq!(
            bake(&Kind::Steps { title: "x" }).unwrap(),
            r#"Kind::Steps { title: "x", }"#
        );
        assert!(bake(&std::collections::BTreeMap::from([(1, 2)])).is_err());
    }

    #[test]
    fn keeps_only_the_strings_under_the_fields_named() {
        let line = Line {
            id: "samhsa",
            tel: Some("988"),
            items: vec!["a", "b"],
            kind: Kind::Steps { title: "x" },
        };
        assert_eq!(
            bake_keeping(&line, &["tel", "kind.title"]).unwrap(),
            r#"Line { id: "", tel: Some("988"), items: &["", "", ], kind: Kind::Steps { title: "x", }, }"#
        );
        assert_eq!(
            bake_keeping(&line, &["items"]).unwrap(),
            r#"Line { id: "", tel: Some(""), items: &["a", "b", ], kind: Kind::Steps { title: "", }, }"#
        );
        assert!(bake_keeping(&line, &["tel", "kind.name"])
            .is_err_and(|e| e.to_string().contains("kind.name")));
    }

    #[test]
    fn rewrites_each_string_it_keeps_knowing_where_it_is() {
        let line = Line {
            id: "samhsa",
            tel: Some("988"),
            items: vec!["a", "b"],
            kind: Kind::Steps { title: "x" },
        };
        let rewrite: super::Rewrite = Box::new(|path, text| format!("{path}={text}"));
        assert_eq!(
            bake_with(&line, Some(&["items", "kind"]), Some(rewrite)).unwrap(),
            r#"Line { id: "", tel: Some(""), items: &["items=a", "items=b", ], kind: Kind::Steps { title: "kind.title=x", }, }"#
        );
    }
}
