-- The editorial app's language, chosen by each user (nb or en; none: the app's default).
ALTER TABLE app_user ADD COLUMN ui_language VARCHAR(8) NULL;
