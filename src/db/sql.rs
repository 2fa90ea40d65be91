//! Dynamic SQL for both databases. `sqlx::QueryBuilder<Any>` writes `?` placeholders, which
//! PostgreSQL refuses; `Sql` writes `$1, $2, …` (accepted by both) and numbers them as values
//! are bound, so conditions such as the visibility rules in `auth::access` can be appended
//! anywhere in a query without fixing placeholder numbers.

use std::fmt::{Display, Write};

use sqlx::any::{AnyArguments, AnyRow};
use sqlx::query::{Query, QueryAs, QueryScalar};
use sqlx::{Any, Arguments, Encode, FromRow, Type};

#[derive(Default)]
pub struct Sql {
    text: String,
    args: Option<AnyArguments<'static>>,
    count: usize,
}

impl Sql {
    pub fn new(text: impl Into<String>) -> Sql {
        Sql {
            text: text.into(),
            args: Some(AnyArguments::default()),
            count: 0,
        }
    }

    /// Appends SQL text (never user input: that goes through `bind`).
    pub fn push(&mut self, text: impl Display) -> &mut Sql {
        write!(self.text, "{text}").expect("writing to a String");
        self
    }

    /// Appends a placeholder and binds `value` to it.
    pub fn bind<T>(&mut self, value: T) -> &mut Sql
    where
        T: 'static + Encode<'static, Any> + Type<Any> + Send,
    {
        let args = self.args.as_mut().expect("Sql used after it was run");
        // Encoding into the in-memory argument list of `Any` cannot fail for the types we bind;
        // an error would surface when the query runs.
        let _ = args.add(value);
        self.count += 1;
        write!(self.text, "${}", self.count).expect("writing to a String");
        self
    }

    /// Appends `($1, $2, …)` for an `IN` list; an empty list becomes `(NULL)`, which matches
    /// nothing, so `x IN ()` (a syntax error) never reaches the database.
    pub fn bind_list<T>(&mut self, values: impl IntoIterator<Item = T>) -> &mut Sql
    where
        T: 'static + Encode<'static, Any> + Type<Any> + Send,
    {
        self.push("(");
        let mut any = false;
        for v in values {
            if any {
                self.push(", ");
            }
            self.bind(v);
            any = true;
        }
        if !any {
            self.push("NULL");
        }
        self.push(")")
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    fn take_args(&mut self) -> AnyArguments<'static> {
        self.args.take().expect("Sql run twice")
    }

    pub fn query(&mut self) -> Query<'_, Any, AnyArguments<'_>> {
        let args = self.take_args();
        sqlx::query_with(&self.text, args)
    }

    pub fn query_as<T>(&mut self) -> QueryAs<'_, Any, T, AnyArguments<'_>>
    where
        T: for<'r> FromRow<'r, AnyRow>,
    {
        let args = self.take_args();
        sqlx::query_as_with(&self.text, args)
    }

    pub fn query_scalar<T>(&mut self) -> QueryScalar<'_, Any, T, AnyArguments<'_>>
    where
        (T,): for<'r> FromRow<'r, AnyRow>,
    {
        let args = self.take_args();
        sqlx::query_scalar_with(&self.text, args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_in_order() {
        let mut sql = Sql::new("SELECT 1 FROM t WHERE a = ");
        sql.bind(1_i64).push(" AND b IN ").bind_list(vec![2_i64, 3]);
        sql.push(" AND c IN ").bind_list(Vec::<i64>::new());
        assert_eq!(
            sql.text(),
            "SELECT 1 FROM t WHERE a = $1 AND b IN ($2, $3) AND c IN (NULL)"
        );
    }
}
