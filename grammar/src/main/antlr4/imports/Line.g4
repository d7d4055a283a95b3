/*
 * line con/aux/vty and the (config-line) sub-mode; local user accounts.
 */
parser grammar Line;

line_config : line_enter | line_remove ;
line_remove : 'no' 'line' 'vty' line_first line_last? ;
line_enter : 'line' line_range ;
line_range
    : ( 'console' | 'aux' ) line_first
    | 'vty' line_first line_last?
    ;
line_first : DEC ;
line_last : DEC ;

line_stmt
    : line_login
    | line_transport_input
    | line_exec_timeout
    | line_privilege
    | line_password
    | line_logging_synchronous
    ;
line_login
    : 'login' local='local'?
    | neg='no' 'login' 'local'?
    ;
line_transport_input
    : 'transport' 'input' line_transport+
    | neg='no' 'transport' 'input' line_transport*
    ;
line_transport : 'ssh' | 'telnet' | 'all' | 'none' ;
line_exec_timeout
    : 'exec-timeout' line_timeout_minutes line_timeout_seconds?
    | neg='no' 'exec-timeout' ( line_timeout_minutes line_timeout_seconds? )?
    ;
line_timeout_minutes : DEC ;
line_timeout_seconds : DEC ;
line_privilege
    : 'privilege' 'level' line_privilege_level
    | neg='no' 'privilege' 'level' line_privilege_level?
    ;
line_privilege_level : DEC ;
line_password
    : 'password' line_password_type? line_password_value
    | neg='no' 'password'
    ;
line_password_type : '0' | '7' ;
line_password_value : LINE ;
line_logging_synchronous : neg='no'? 'logging' 'synchronous' ;

username_config
    : 'username' user_name user_privilege? user_credential
    | neg='no' 'username' user_name
    ;
user_name : WORD ;
user_privilege : 'privilege' user_privilege_level ;
user_privilege_level : DEC ;
user_credential
    : 'secret' user_secret_type? user_secret_value
    | 'password' user_password_type? user_password_value
    ;
user_secret_type : '0' | '5' | '8' | '9' ;
user_secret_value : LINE ;
user_password_type : '0' | '7' ;
user_password_value : LINE ;
