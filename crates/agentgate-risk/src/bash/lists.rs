//! The program lists the walker dispatches on, from `agentgate-commands`
//! (where the knowledge lives).

pub(super) use agentgate_commands::{
    CONTAINER_CLIS, FETCHERS, INTERPRETERS, KEY_USERS, NETCAT, READERS, SHELLS,
};
