/*
 * Configuration archive and replace: the global `archive` block and its (config-archive)
 * statements, and the EXEC side: archive config, show archive [config differences |
 * incremental-diffs], configure replace URL [list] [force] [time N | revert trigger ...],
 * configure confirm, configure revert.
 */
parser grammar Archive;

// ---- global config ------------------------------------------------------------------------

archive_config : archive_enter | archive_remove ;
archive_enter : 'archive' ;
archive_remove : 'no' 'archive' ;

// ---- (config-archive) ---------------------------------------------------------------------

archive_stmt
    : archive_path
    | archive_maximum
    | archive_write_memory
    | archive_time_period
    ;

archive_path : 'path' archive_url | neg='no' 'path' archive_url? ;
archive_url : WORD ;
archive_maximum : 'maximum' archive_max | neg='no' 'maximum' archive_max? ;
archive_max : DEC ;
archive_write_memory : neg='no'? 'write-memory' ;
archive_time_period : 'time-period' archive_minutes | neg='no' 'time-period' archive_minutes? ;
archive_minutes : DEC ;

// ---- EXEC ----------------------------------------------------------------------------------

archive_exec : 'archive' 'config' ;

show_archive : 'archive' show_archive_config? ;
show_archive_config : 'config' ( show_archive_differences | show_archive_incremental ) ;
show_archive_differences : 'differences' archive_file_a? archive_file_b? 'ignorecase'? ;
show_archive_incremental : 'incremental-diffs' archive_file_a 'ignorecase'? ;
archive_file_a : archive_file ;
archive_file_b : archive_file ;
archive_file : 'flash:' | 'bootflash:' | 'nvram:' | 'system:' | 'running-config' | 'startup-config' | file_url ;

configure_replace : 'replace' replace_target replace_option* ;
replace_target : archive_file ;
replace_option : 'list' | 'force' | 'ignorecase' | 'nolock' | replace_time | replace_revert ;
replace_time : 'time' replace_minutes ;
replace_revert : 'revert' 'trigger' replace_trigger+ ;
replace_trigger : 'error' | 'timer' replace_minutes ;
replace_minutes : DEC ;

configure_confirm : 'confirm' ;
configure_revert : 'revert' ( 'now' | 'timer' ( revert_minutes | 'cancel' ) ) ;
revert_minutes : DEC ;
